package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;

import java.util.regex.Pattern;

/**
 * Rejects inputs that would store something unusable, and strips characters that have no place in
 * stored text (NUL and other C0 controls, bidi overrides) so nothing hostile is archived.
 */
public final class ArticleValidator {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private final IngestLimits limits;

    public ArticleValidator(IngestLimits limits) {
        this.limits = limits;
    }

    public ArticleInput validate(ArticleInput in) {
        String body = clean(in.body());
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("missing_body", "Field 'body' is required and must not be blank.");
        }
        String title = clean(in.title());
        if (title != null && title.length() > limits.maxTitleChars()) {
            throw new InvalidInputException("title_too_long", "The title is longer than " + limits.maxTitleChars() + " characters.");
        }
        String language = blankToNull(in.language());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("invalid_language", "Field 'language' must be a BCP-47 code such as 'ar' or 'en'.");
        }
        String published = blankToNull(clean(in.published()));
        if (published != null && published.length() > limits.maxFieldChars()) {
            throw new InvalidInputException("invalid_published", "Field 'published' is too long.");
        }
        String source = blankToNull(clean(in.source()));
        if (source != null && source.length() > limits.maxFieldChars()) {
            throw new InvalidInputException("invalid_source", "Field 'source' is too long.");
        }
        return new ArticleInput(blankToNull(title), body.strip(), blankToNull(in.url()), published, language, source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t';
            boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (!control && !bidiOverride && c != '\u007F') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
