package dev.khabar.model;

/**
 * An article as a door receives it, before understanding. Only {@code body} is required; the other
 * fields are hints that win over what the analysis would infer.
 */
public record ArticleInput(String title, String body, String url, String published, String language, String source) {

    public ArticleInput withUrl(String newUrl) {
        return new ArticleInput(title, body, newUrl, published, language, source);
    }
}
