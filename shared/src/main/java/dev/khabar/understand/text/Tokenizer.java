package dev.khabar.understand.text;

/**
 * Cuts text into word tokens: runs of letters, digits and in-word marks (Arabic and Hebrew
 * diacritics, tatweel, zero-width non-joiner). Stateless and thread-safe.
 */
public final class Tokenizer {
    private final ArabicNormalizer normalizer;

    public Tokenizer(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Tokens tokenize(String text) {
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] keys = new String[capacity];
        byte[] flags = new byte[capacity];
        int n = 0;
        int i = 0;
        int len = text.length();
        int gapStart = 0;
        StringBuilder key = new StringBuilder(32);
        while (i < len) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            key.setLength(0);
            char firstChar = text.charAt(i);
            boolean upperInitial = firstChar < 0x0590 && Character.isUpperCase(firstChar);
            boolean allUpper = true;
            boolean anyCased = false;
            while (i < len && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (c < 0x0590 && Character.isLetter(c)) {
                    anyCased = true;
                    if (!Character.isUpperCase(c)) {
                        allUpper = false;
                    }
                }
                char f = ArabicNormalizer.fold(c);
                if (f != 0) {
                    key.append(f);
                }
                i++;
            }
            if (key.length() == 0) {
                continue;
            }
            if (n == starts.length) {
                int grown = n * 2;
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
                keys = java.util.Arrays.copyOf(keys, grown);
                flags = java.util.Arrays.copyOf(flags, grown);
            }
            starts[n] = start;
            ends[n] = i;
            keys[n] = key.toString();
            flags[n] = gapFlags(text, gapStart, start, n == 0);
            if (upperInitial) {
                flags[n] |= Tokens.UPPER_INITIAL;
            }
            if (anyCased && allUpper) {
                flags[n] |= Tokens.ALL_UPPER;
            }
            n++;
            gapStart = i;
        }
        return new Tokens(text, starts, ends, keys, flags, n);
    }

    private static byte gapFlags(String text, int from, int to, boolean first) {
        if (first) {
            return Tokens.BREAK_BEFORE | Tokens.SENTENCE_START;
        }
        boolean space = false;
        boolean punct = false;
        boolean hard = false;
        boolean sentenceEnd = false;
        boolean newline = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                newline = true;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                punct = true;
                switch (c) {
                    case ',', '،', ';', '؛', ':', '(', ')', '[', ']', '«', '»', '“', '”', '/', '|' -> hard = true;
                    case '.', '!', '?', '؟', '…' -> sentenceEnd = true;
                    default -> {
                    }
                }
            }
        }
        byte flags = 0;
        if (newline || hard || (punct && space)) {
            flags |= Tokens.BREAK_BEFORE;
        }
        if (newline || sentenceEnd && space) {
            flags |= Tokens.SENTENCE_START;
        }
        return flags;
    }

    /** {@link #isWordCharSlow} for every UTF-16 unit: asked of every character of every article. */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD[c] = isWordCharSlow((char) c);
        }
    }

    static boolean isWordChar(char c) {
        return WORD[c];
    }

    private static boolean isWordCharSlow(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            // Arabic block: letters, marks and digits, except its own punctuation.
            return c != 0x060C && c != 0x061B && c != 0x061F && c != 0x06D4 && (c < 0x066A || c > 0x066D)
                    && c != 0x060D && c != 0x061E && (c < 0x0600 + 0x00 || c > 0x0605) && c != 0x06DD && c != 0x06DE;
        }
        if (c >= 0x05D0 && c <= 0x05EA || c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6) {
            return true;
        }
        if (c == 0x200C) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.OTHER_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER;
    }
}
