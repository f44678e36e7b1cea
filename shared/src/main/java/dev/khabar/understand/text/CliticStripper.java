package dev.khabar.understand.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a token with its attached prefixes removed, for matching names: Arabic
 * conjunctions و ف, prepositions ب ك ل and the article ال (لل = ل + ال, so للقاهرة is القاهرة);
 * Hebrew ו ש ב ל מ כ ה (where ב ל כ swallow the article, so a stripped name is also tried with ה).
 * Works on matching keys (already folded), so alef and hamza variants need no care here.
 * Stateless and thread-safe.
 */
public final class CliticStripper {
    private static final int MIN_STEM = 2;

    /**
     * One reading: the stem is {@code base[from, end)} (a region, so no copy is made for plain cuts),
     * reached by cutting {@code prefixLength} key characters off the token; {@code article} when the
     * cut took a definite article (ال), which on a name without one marks a demonym (الروس, الألمان).
     */
    public record Reading(String base, int from, int prefixLength, boolean article) {
        public String stem() {
            return base.substring(from);
        }
    }

    /** Readings other than the token itself, longest prefix last; empty when nothing can be cut. */
    public List<Reading> readings(String key) {
        if (key.length() <= MIN_STEM) {
            return List.of();
        }
        char first = key.charAt(0);
        if (first >= 0x0620 && first <= 0x064A) {
            return arabic(key);
        }
        if (first >= 0x05D0 && first <= 0x05EA) {
            return hebrew(key);
        }
        return List.of();
    }

    private static List<Reading> arabic(String key) {
        List<Reading> out = null;
        int conj = key.charAt(0) == 'و' || key.charAt(0) == 'ف' ? 1 : 0;
        for (int c = 0; c <= conj; c++) {
            char prep = c < key.length() ? key.charAt(c) : 0;
            // ك only before the article (كالعادة); before a bare name it is mostly part of the word.
            int maxPrep = prep == 'ب' || prep == 'ل' || prep == 'ك' && key.startsWith("ال", c + 1) ? 1 : 0;
            for (int p = 0; p <= maxPrep; p++) {
                int at = c + p;
                if (at > 0 && key.length() - at >= 3) {
                    out = add(out, key, at, 0, false);
                }
                if (p == 1 && prep == 'ل' && at < key.length() && key.charAt(at) == 'ل') {
                    // لل: the preposition ate the alef of the article.
                    out = add(out, "ا" + key.substring(at), 0, at, false);
                    out = add(out, key, at + 1, 0, true);
                }
                if (key.startsWith("ال", at)) {
                    out = add(out, key, at + 2, 0, true);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<Reading> hebrew(String key) {
        List<Reading> out = null;
        int at = 0;
        boolean swallowedArticle = false;
        while (at < 3 && at < key.length() - MIN_STEM) {
            char c = key.charAt(at);
            if (c != 'ו' && c != 'ש' && c != 'ב' && c != 'ל' && c != 'מ' && c != 'כ' && c != 'ה') {
                break;
            }
            swallowedArticle = c == 'ב' || c == 'ל' || c == 'כ';
            at++;
            out = add(out, key, at, 0, false);
            if (swallowedArticle) {
                out = add(out, "ה" + key.substring(at), 0, at, false);
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<Reading> add(List<Reading> out, String key, int cut, int prefixOverride, boolean article) {
        if (key.length() - cut < MIN_STEM) {
            return out;
        }
        List<Reading> list = out == null ? new ArrayList<>(4) : out;
        int prefix = cut == 0 ? prefixOverride : cut;
        for (Reading r : list) {
            if (r.base().length() - r.from() == key.length() - cut
                    && r.base().regionMatches(r.from(), key, cut, key.length() - cut)) {
                return list;
            }
        }
        list.add(new Reading(key, cut, prefix, article));
        return list;
    }
}
