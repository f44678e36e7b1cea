package dev.khabar.store;

import dev.khabar.model.Article;

import java.util.Optional;

/** The durable archive (S3): raw input and enriched article, the source of truth with the records. */
public interface ArticleArchive {

    void putRaw(String id, byte[] bytes, String contentType);

    void putEnriched(Article article);

    Optional<Article> getEnriched(String id);
}
