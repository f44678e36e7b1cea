package dev.khabar.understand.text;

/**
 * Reduces inflected relational adjectives and demonyms to the masculine singular the gazetteer
 * stores: Arabic الأمريكية / الأمريكيين / الأمريكيون / المصريتين → أمريكي / مصري (after the article is
 * cut), Hebrew אמריקאית / אמריקאים → אמריקאי, English and Turkish plurals (Americans, Mısırlılar).
 * Works on matching keys (taa marbuta already folded to haa). Stateless and thread-safe.
 */
public final class AdjectiveForms {

    /**
     * How many characters to drop from the end of {@code key[from, end)} to reach its masculine
     * singular base, or 0 when it has no adjectival ending.
     */
    public int endingLength(String key, int from) {
        int n = key.length() - from;
        if (n < 3) {
            return 0;
        }
        char first = key.charAt(from);
        if (first >= 0x0620 && first <= 0x06FF) {
            if (key.endsWith("يه")) {
                return 1;
            }
            if (key.endsWith("يين") || key.endsWith("يون") || key.endsWith("يان")) {
                return 2;
            }
            if (key.endsWith("يتين") || key.endsWith("يتان")) {
                return 3;
            }
            return 0;
        }
        if (first >= 0x05D0 && first <= 0x05EA) {
            if (key.endsWith("ית") || key.endsWith("ים")) {
                return 1;
            }
            return key.endsWith("יות") ? 2 : 0;
        }
        if (key.charAt(key.length() - 1) == 's') {
            return 1;
        }
        return key.endsWith("lar") || key.endsWith("ler") ? 3 : 0;
    }
}
