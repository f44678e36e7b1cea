package dev.khabar.ingest;

import dev.khabar.model.Article;
import dev.khabar.model.IndexState;

/**
 * The outcome of one ingest: the article, whether this call created it, whether it is searchable yet,
 * and, for the same story under another URL, the id of the first article with that text.
 */
public record IngestResult(Article article, boolean created, IndexState indexState, String duplicateOf) {

    public IngestResult(Article article, boolean created, IndexState indexState) {
        this(article, created, indexState, null);
    }
}
