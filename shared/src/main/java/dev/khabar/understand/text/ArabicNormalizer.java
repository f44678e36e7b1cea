package dev.khabar.understand.text;

/**
 * Folds spelling variants so names match however they are written, keeping offsets into the
 * original: Arabic alef/hamza forms to bare alef, taa marbuta to haa, alef maqsura and Persian yeh
 * to yeh, keheh to kaf, diacritics and tatweel dropped, Arabic-Indic and Persian digits to ASCII;
 * Hebrew points dropped; Latin lower-cased with Turkish dotted/dotless i and accents folded.
 * Stateless and thread-safe.
 */
public final class ArabicNormalizer {
    /**
     * {@link #foldSlow} for every UTF-16 unit, computed once: folding is on every hot path, and a text
     * touches only the few cache lines of the scripts it is written in.
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TABLE[c] = foldSlow((char) c);
        }
    }

    /** Normalises {@code s[start, end)}; offsets in the result point into {@code s}. */
    public NormalizedText normalize(CharSequence s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int[] origin = new int[end - start + 1];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                out.append(c);
                origin[n++] = i;
            }
        }
        origin[n] = end;
        int[] trimmed = new int[n + 1];
        System.arraycopy(origin, 0, trimmed, 0, n + 1);
        return new NormalizedText(out.toString(), trimmed);
    }

    /** The matching key of a whole string (no offsets kept): what gazetteer names are stored under. */
    public String key(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return the folded character, or 0 when the character is dropped */
    public static char fold(char c) {
        return TABLE[c];
    }

    private static char foldSlow(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            return foldArabic(c);
        }
        if (c >= 0x0591 && c <= 0x05C7) {
            // Hebrew cantillation and vowel points; keep the letters' own punctuation (maqaf, geresh).
            return c == 0x05BE ? '-' : (c == 0x05F3 || c == 0x05F4) ? c : 0;
        }
        if (c >= 0x00C0 && c <= 0x024F) {
            return foldLatin(c);
        }
        return switch (c) {
            case 0x0130, 0x0131 -> 'i';
            case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x00AD -> 0;
            case 0x2019, 0x2018, 0x02BC -> '\'';
            default -> Character.toLowerCase(c);
        };
    }

    private static char foldArabic(char c) {
        if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c >= 0x06D6 && c <= 0x06ED) {
            return 0;
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return (char) ('0' + c - 0x0660);
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return (char) ('0' + c - 0x06F0);
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ة', 'ۃ' -> 'ه';
            case 'ى', 'ی', 'ئ', 'ێ', 'ې' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            case 'ہ', 'ە', 'ھ' -> 'ه';
            default -> c;
        };
    }

    private static char foldLatin(char c) {
        return switch (c) {
            case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'à', 'á', 'â', 'ã', 'ä', 'å', 'Ā', 'ā', 'Ă', 'ă', 'Ą', 'ą' -> 'a';
            case 'Ç', 'ç', 'Ć', 'ć', 'Č', 'č' -> 'c';
            case 'È', 'É', 'Ê', 'Ë', 'è', 'é', 'ê', 'ë', 'Ē', 'ē', 'Ę', 'ę', 'Ě', 'ě' -> 'e';
            case 'Ì', 'Í', 'Î', 'Ï', 'ì', 'í', 'î', 'ï', 'Ī', 'ī', 'ı', 'İ' -> 'i';
            case 'Ñ', 'ñ', 'Ń', 'ń', 'Ň', 'ň' -> 'n';
            case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'Ō', 'ō', 'Ő', 'ő' -> 'o';
            case 'Ù', 'Ú', 'Û', 'Ü', 'ù', 'ú', 'û', 'ü', 'Ū', 'ū', 'Ů', 'ů', 'Ű', 'ű' -> 'u';
            case 'Ý', 'ý', 'ÿ' -> 'y';
            case 'Ğ', 'ğ' -> 'g';
            case 'Ş', 'ş', 'Ś', 'ś', 'Š', 'š' -> 's';
            case 'Ž', 'ž', 'Ź', 'ź', 'Ż', 'ż' -> 'z';
            case 'Ł', 'ł' -> 'l';
            case 'ß' -> 's';
            default -> Character.toLowerCase(c);
        };
    }
}
