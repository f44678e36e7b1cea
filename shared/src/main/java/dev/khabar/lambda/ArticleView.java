package dev.khabar.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khabar.model.Article;
import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;
import dev.khabar.model.IndexState;

import java.util.List;

/** The article as the API returns it, with whether it is searchable yet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(String id, String title, String body, String url, String source, String language,
                          String published, String publishedSource, List<EntityMention> entities,
                          List<DateMention> dates, String extractorVersion, String indexState, Boolean created) {

    public static ArticleView of(Article a, IndexState state, Boolean created) {
        return new ArticleView(a.id(), a.title(), a.body(), a.url(), a.source(), a.language(), a.published(),
                a.publishedSource(), a.entities(), a.dates(), a.extractorVersion(),
                state == null ? null : state.name().toLowerCase(java.util.Locale.ROOT), created);
    }
}
