package dev.khabar.model;

import java.util.List;

/**
 * The enriched article as archived in S3 and indexed. Everything in it is derived deterministically
 * from the input and the extractor version, so a retry writes the same bytes.
 */
public record Article(String id, String title, String body, String url, String source, String language,
                      String published, String publishedSource, String contentHash,
                      List<EntityMention> entities, List<DateMention> dates, String extractorVersion) {

    public Article {
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
