package dev.khabar.ingest;

import dev.khabar.model.ArticleInput;
import dev.khabar.understand.Analysis;
import dev.khabar.understand.ArticleAnalyzer;

/**
 * {@code POST /analyze}: the same validation and analysis an ingested article gets, with nothing
 * archived, recorded or indexed.
 */
public final class AnalyzeService {
    private final ArticleValidator validator;
    private final ArticleAnalyzer analyzer;

    public AnalyzeService(ArticleValidator validator, ArticleAnalyzer analyzer) {
        this.validator = validator;
        this.analyzer = analyzer;
    }

    public Analysis analyze(ArticleInput submitted) {
        return analyzer.analyze(validator.validate(submitted));
    }

    public String version() {
        return analyzer.version();
    }
}
