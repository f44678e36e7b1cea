package dev.khabar.search.lexicon;

/**
 * The key an Arabic word is looked up by, on both sides (dictionary headwords and query terms), so
 * that {@code السفارة}, {@code سفارة}, {@code والسفارة} and {@code سفارتها} meet: diacritics and
 * tatweel dropped, alef/yeh/teh marbuta forms folded, one common prefix and one suffix removed.
 */
public final class ArabicKeys {
    private static final String[] PREFIXES = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل"};
    private static final String[] SUFFIXES = {"تها", "تين", "تان", "ات", "ها", "ان", "ين", "ون", "ية", "يه", "ته", "ه", "ي", "ة"};

    private ArabicKeys() {
    }

    public static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(s.charAt(i));
            if (b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                return true;
            }
        }
        return false;
    }

    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == 'ـ') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Light stem of a normalised word; never shorter than two letters. */
    public static String key(String word) {
        String w = normalize(word.strip());
        for (String p : PREFIXES) {
            String np = normalize(p);
            if (w.startsWith(np) && w.length() - np.length() >= 3) {
                w = w.substring(np.length());
                break;
            }
        }
        for (String s : SUFFIXES) {
            String ns = normalize(s);
            if (w.endsWith(ns) && w.length() - ns.length() >= 2) {
                w = w.substring(0, w.length() - ns.length());
                break;
            }
        }
        // The construct form ends in teh where the dictionary form ends in teh marbuta: سفارت- ~ سفارة.
        if (w.length() > 3 && w.endsWith("ت")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
