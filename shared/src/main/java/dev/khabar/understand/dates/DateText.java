package dev.khabar.understand.dates;

/**
 * A folded copy of a text that date rules match against, with a map back to the original offsets.
 * Folding unifies what writers vary but a date never depends on: Arabic-Indic and Persian digits,
 * alef and hamza seats, taa marbuta, alef maqsura, diacritics, tatweel, Hebrew points and geresh
 * marks, Latin case and Turkish letters. Vocabulary forms are folded the same way.
 */
final class DateText {
    private final String original;
    private final String folded;
    private final int[] toOriginal;

    private DateText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Every UTF-16 unit folded once, so folding a text is a table lookup per character. */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TABLE[c] = foldSlow((char) c);
            WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    static boolean isWordChar(char c) {
        return WORD[c];
    }

    static DateText of(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] map = new int[n + 1];
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = TABLE[text.charAt(i)];
            if (c != 0) {
                map[size] = i;
                out[size++] = c;
            }
        }
        map[size] = n;
        return new DateText(text, new String(out, 0, size), map);
    }

    /** The folded form of a vocabulary entry (same rules as the text, spaces collapsed). */
    static String foldWord(String word) {
        return SPACES.matcher(of(word.strip()).folded()).replaceAll(" ");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    String folded() {
        return folded;
    }

    String original() {
        return original;
    }

    int originalOffset(int foldedIndex) {
        return toOriginal[foldedIndex];
    }

    /** Original end offset (exclusive) of a folded range ending at {@code foldedEnd} (exclusive). */
    int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return 0;
        }
        int end = toOriginal[foldedEnd - 1] + 1;
        // Marks folding dropped (a final kasra, the tatweel of هـ) belong to the word they follow.
        while (end < original.length() && TABLE[original.charAt(end)] == 0) {
            end++;
        }
        return end;
    }

    /** @return the folded character, or 0 when the character is dropped */
    static char fold(char c) {
        return TABLE[c];
    }

    private static char foldSlow(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u0591' && c <= '\u05C7' && c != '\u05BE')
                || c == '\u200E' || c == '\u200F' || c == '\u200C' || c == '\u200D') {
            return 0;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى', 'ی':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ک':
                return 'ك';
            case '،', '٫':
                return ',';
            case '\u05F3', '\u2019', '\u2018', '`', '\u00B4':
                return '\'';
            case '\u05F4', '\u201C', '\u201D':
                return '"';
            case '\u05BE', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
                return '-';
            case '\u00A0', '\u2009', '\u202F', '\t':
                return ' ';
            case 'İ', 'I', 'ı':
                return 'i';
            case 'ş', 'Ş':
                return 's';
            case 'ç', 'Ç':
                return 'c';
            case 'ğ', 'Ğ':
                return 'g';
            case 'ö', 'Ö':
                return 'o';
            case 'ü', 'Ü':
                return 'u';
            case 'ʻ':
                return '\'';
            default:
                return c < 128 || Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        }
    }
}
