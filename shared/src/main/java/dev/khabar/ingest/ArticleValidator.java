package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;

import java.util.regex.Pattern;

/**
 * Rejects inputs that would store something unusable, and strips characters that have no place in
 * stored text (NUL and other C0 controls, bidi overrides) so nothing hostile is archived.
 */
public final class ArticleValidator {
    private static final Pattern ISO_SHAPED = Pattern.compile("[+-]?\\d{4,}-\\d{1,2}(-\\d{1,2})?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private final IngestLimits limits;

    public ArticleValidator(IngestLimits limits) {
        this.limits = limits;
    }

    public ArticleInput validate(ArticleInput in) {
        String body = clean(in.body());
        if (body == null || body.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidInputException("missing_body", "Field 'body' is required and must contain text.");
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
        checkIsoShapedDate(published);
        String source = blankToNull(clean(in.source()));
        if (source != null && source.length() > limits.maxFieldChars()) {
            throw new InvalidInputException("invalid_source", "Field 'source' is too long.");
        }
        return new ArticleInput(blankToNull(title), body.strip(), blankToNull(in.url()), published, language, source);
    }

    /**
     * Free-text datelines are read later by the analyzer; but a value shaped like an ISO date must be
     * a real one in a plausible range, or the caller has a bug we should tell them about.
     */
    private static void checkIsoShapedDate(String published) {
        if (published == null || !ISO_SHAPED.matcher(published).lookingAt()) {
            return;
        }
        String iso = dev.khabar.understand.IsoDates.normalize(published);
        if (iso == null) {
            throw new InvalidInputException("invalid_published", "Field 'published' is not a valid ISO-8601 date or date-time.");
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        if (year < 1800 || year > 2100) {
            throw new InvalidInputException("invalid_published", "Field 'published' must be between the years 1800 and 2100.");
        }
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
