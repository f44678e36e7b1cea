package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text article format of the seed: the title on the first non-blank line, an optional
 * dateline on the next one, the body, and the source URL in angle brackets at the very end.
 */
public final class RawTextParser {
    private static final Pattern TRAILING_URL = Pattern.compile("<(https?://[^\\s<>]{1,2000})>\\s*\\z", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DATELINE_CHARS = 80;

    public ArticleInput parse(String text) {
        if (text == null) {
            throw new InvalidInputException("empty_body", "The article text is empty.");
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!cleaned.isEmpty() && cleaned.charAt(0) == '\uFEFF') {
            cleaned = cleaned.substring(1);
        }
        String url = null;
        Matcher m = TRAILING_URL.matcher(cleaned);
        if (m.find()) {
            url = m.group(1);
            cleaned = cleaned.substring(0, m.start());
        }
        List<String> lines = new ArrayList<>(List.of(cleaned.split("\n", -1)));
        String title = takeFirstNonBlank(lines);
        if (title == null) {
            throw new InvalidInputException("empty_body", "The article text is empty.");
        }
        String dateline = null;
        int next = firstNonBlankIndex(lines);
        if (next >= 0 && looksLikeDateline(lines.get(next))) {
            dateline = lines.remove(next).strip();
        }
        String body = String.join("\n", lines).strip();
        if (body.isEmpty()) {
            // A one-paragraph text is all body: a title alone is no article.
            body = title;
        }
        return new ArticleInput(title, body, url, dateline, null, null);
    }

    private static String takeFirstNonBlank(List<String> lines) {
        int i = firstNonBlankIndex(lines);
        return i < 0 ? null : lines.remove(i).strip();
    }

    private static int firstNonBlankIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A short line that carries digits (day, year or time) in any script and no sentence punctuation. */
    static boolean looksLikeDateline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_DATELINE_CHARS) {
            return false;
        }
        long digits = s.codePoints().filter(Character::isDigit).count();
        return digits >= 2 && !s.endsWith(".") && !s.endsWith("؟") && !s.endsWith("?");
    }
}
