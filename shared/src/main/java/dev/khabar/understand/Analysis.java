package dev.khabar.understand;

import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;

import java.util.List;

/**
 * What understanding found in one text. {@code published} is an ISO-8601 local date-time or date
 * (null when none was found) and {@code publishedSource} says where it came from
 * (input, dateline, text).
 */
public record Analysis(String language, String published, String publishedSource,
                       List<EntityMention> entities, List<DateMention> dates) {

    public Analysis {
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
