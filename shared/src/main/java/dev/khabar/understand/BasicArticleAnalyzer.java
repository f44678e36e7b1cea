package dev.khabar.understand;

import dev.khabar.model.ArticleInput;

import java.util.List;

/** The smallest analyzer: language by script and the published date given with the input. */
public final class BasicArticleAnalyzer implements ArticleAnalyzer {
    private final ScriptLanguageDetector languages;

    public BasicArticleAnalyzer(ScriptLanguageDetector languages) {
        this.languages = languages;
    }

    @Override
    public Analysis analyze(ArticleInput input) {
        String language = input.language() != null ? input.language() : languages.detect(input.title() + "\n" + input.body());
        String published = IsoDates.normalize(input.published());
        return new Analysis(language, published, published == null ? null : "input", List.of(), List.of());
    }

    @Override
    public String version() {
        return "basic-1";
    }
}
