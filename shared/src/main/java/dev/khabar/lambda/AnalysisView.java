package dev.khabar.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;
import dev.khabar.understand.Analysis;

import java.util.List;

/** What {@code POST /analyze} returns: the analysis, with the version of the extractor that made it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisView(String language, String published, String publishedSource, List<EntityMention> entities,
                           List<DateMention> dates, String extractorVersion) {

    public static AnalysisView of(Analysis a, String version) {
        return new AnalysisView(a.language(), a.published(), a.publishedSource(), a.entities(), a.dates(), version);
    }
}
