package dev.khabar.understand.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces inflected relational adjectives and demonyms to the masculine singular the gazetteer
 * stores: Arabic الأمريكية / الأمريكيين / الأمريكيون / المصريتين → أمريكي / مصري (after the article is
 * cut), Hebrew אמריקאית / אמריקאים → אמריקאי, English and Turkish plurals (Americans, Mısırlılar).
 * Works on matching keys (taa marbuta already folded to haa). Stateless and thread-safe.
 */
public final class AdjectiveForms {

    /** Candidate base forms of {@code key}; empty when it has no adjectival ending. */
    public List<String> bases(String key) {
        int n = key.length();
        if (n < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        char last = key.charAt(n - 1);
        char first = key.charAt(0);
        if (first >= 0x0620 && first <= 0x06FF) {
            if (key.endsWith("يه")) {
                out.add(key.substring(0, n - 1));
            } else if (key.endsWith("يين") || key.endsWith("يون") || key.endsWith("يان")) {
                out.add(key.substring(0, n - 2));
            } else if (key.endsWith("يتين") || key.endsWith("يتان")) {
                out.add(key.substring(0, n - 3));
            }
        } else if (first >= 0x05D0 && first <= 0x05EA) {
            if (key.endsWith("ית") || key.endsWith("ים")) {
                out.add(key.substring(0, n - 1));
            } else if (key.endsWith("יות")) {
                out.add(key.substring(0, n - 2));
            }
        } else if (last == 's') {
            out.add(key.substring(0, n - 1));
        } else if (key.endsWith("lar") || key.endsWith("ler")) {
            out.add(key.substring(0, n - 3));
        }
        return out;
    }
}
