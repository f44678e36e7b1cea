package dev.khabar.understand;

import dev.khabar.model.ArticleInput;

/** Turns an article's text into language, entities and dates. Pure: no I/O, safe to share across threads. */
public interface ArticleAnalyzer {

    Analysis analyze(ArticleInput input);

    /** Recorded with every article so a newer extractor can find what to re-extract. */
    String version();
}
