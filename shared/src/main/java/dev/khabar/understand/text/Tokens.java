package dev.khabar.understand.text;

/**
 * A text cut into word tokens, each with its original span, its matching key (folded by
 * {@link ArabicNormalizer}) and what separates it from the previous token: a break (punctuation
 * followed by space, a comma, a line end) stops names from running across it, a sentence start
 * tells capitalisation heuristics that an upper-case initial means nothing.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;
    private final byte[] flags;
    private final int size;

    static final byte BREAK_BEFORE = 1;
    static final byte SENTENCE_START = 2;
    static final byte UPPER_INITIAL = 4;
    static final byte ALL_UPPER = 8;

    Tokens(String text, int[] starts, int[] ends, String[] keys, byte[] flags, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
        this.flags = flags;
        this.size = size;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String key(int i) {
        return keys[i];
    }

    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public boolean breakBefore(int i) {
        return (flags[i] & BREAK_BEFORE) != 0;
    }

    public boolean sentenceStart(int i) {
        return (flags[i] & SENTENCE_START) != 0;
    }

    /** Upper-case initial letter (Latin, Greek, Cyrillic): a proper-name cue in scripts that have case. */
    public boolean upperInitial(int i) {
        return (flags[i] & UPPER_INITIAL) != 0;
    }

    public boolean allUpper(int i) {
        return (flags[i] & ALL_UPPER) != 0;
    }

    /** True when the token is written in a script without letter case (Arabic, Hebrew ...). */
    public boolean caseless(int i) {
        char c = text.charAt(starts[i]);
        return c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFEFC;
    }

    /** Original offset of character {@code keyIndex} of token {@code i}'s key (clitics cut from the key map back). */
    public int originalOffset(int i, int keyIndex) {
        int kept = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            if (ArabicNormalizer.fold(text.charAt(k)) != 0) {
                if (kept == keyIndex) {
                    return k;
                }
                kept++;
            }
        }
        return ends[i];
    }
}
