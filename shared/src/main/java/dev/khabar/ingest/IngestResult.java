package dev.khabar.ingest;

import dev.khabar.model.Article;
import dev.khabar.model.IndexState;

/** The outcome of one ingest: the article, whether this call created it, and whether it is searchable yet. */
public record IngestResult(Article article, boolean created, IndexState indexState) {
}
