package dev.khabar.store;

import dev.khabar.ingest.RawInput;
import dev.khabar.model.Article;

import java.util.Optional;
import java.util.function.Consumer;

/** The durable archive (S3): raw input and enriched article, the source of truth with the records. */
public interface ArticleArchive {

    void putRaw(String id, byte[] bytes, String contentType);

    void putEnriched(Article article);

    Optional<Article> getEnriched(String id);

    /** The bytes exactly as received, with their content type, for re-extraction. */
    Optional<RawInput> getRaw(String id);

    /** Every archived article id, in key order; the listing a full reindex walks. */
    void forEachEnrichedId(Consumer<String> action);
}
