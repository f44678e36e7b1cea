package dev.khabar.ingest;

import dev.khabar.model.ArticleInput;

/** One article handed to the pipeline with the bytes it came from. */
public record Submission(ArticleInput input, RawInput raw) {
}
