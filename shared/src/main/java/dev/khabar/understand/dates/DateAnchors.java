package dev.khabar.understand.dates;

import dev.khabar.understand.text.KeyTable;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the stretches of a folded text worth running each date rule on. Every rule needs one kind of
 * anchor (a year-like number, a month name, a weekday, a relative word ...); the text is scanned once
 * for anchors, and a rule only runs near anchors of its kind. Most of a news article is skipped by most
 * rules, which is what makes extraction fast enough for ingest.
 */
final class DateAnchors {
    static final int YEAR = 0;
    static final int NUMERIC = 1;
    static final int MONTH = 2;
    static final int WEEKDAY = 3;
    static final int HIJRI = 4;
    static final int HEBREW = 5;
    static final int RELATIVE = 6;
    static final int UNIT = 7;
    static final int COUNT_UNIT = 8;
    static final int KINDS = 9;

    /** How far the rules of each anchor kind reach after it: a month rule to "/يوليو 2026 هـ". */
    private static final int[] AFTER = {16, 16, 40, 24, 24, 24, 24, 20, 16};
    private static final String HEBREW_PREFIXES = "בלהומש";

    private final Map<String, Integer> words = new HashMap<>();
    /** {@link #words} probed with a region of the folded text: no substring per word of every article. */
    private final KeyTable<Integer> table;
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] lengths = new boolean[64];
    /** First two characters of every anchor word, so most words are turned away before hashing. */
    private final int[] heads;
    private int longest;

    DateAnchors(DateVocabulary vocab) {
        register(vocab, MONTH, "month", "month-abbr");
        register(vocab, WEEKDAY, "weekday", "weekday-abbr");
        register(vocab, HIJRI, "hijri-month");
        register(vocab, HEBREW, "hebrew-month");
        register(vocab, RELATIVE, "rel-day", "rel-week", "rel-month", "rel-year");
        register(vocab, UNIT, "unit");
        register(vocab, COUNT_UNIT, "count-unit");
        table = new KeyTable<>(words);
        heads = words.keySet().stream().filter(w -> w.length() > 1).mapToInt(w -> w.charAt(0) << 16 | w.charAt(1)).sorted().distinct().toArray();
    }

    private boolean mayBeAnchor(String folded, int start, int end) {
        int length = end - start;
        return length < lengths.length && lengths[length] && firstChars[folded.charAt(start)]
                && (length == 1 || Arrays.binarySearch(heads, folded.charAt(start) << 16 | folded.charAt(start + 1)) >= 0);
    }

    /** A multi-word form is anchored by its longest word, the least common one ("الغد" in "بعد الغد"). */
    private void register(DateVocabulary vocab, int kind, String... kinds) {
        for (String form : vocab.forms(kinds)) {
            String anchor = Arrays.stream(form.split(" ")).max((a, b) -> Integer.compare(a.length(), b.length())).orElse(form);
            words.merge(anchor, 1 << kind, (x, y) -> x | y);
            firstChars[anchor.charAt(0)] = true;
            if (anchor.length() < lengths.length) {
                lengths[anchor.length()] = true;
            }
            longest = Math.max(longest, anchor.length());
        }
    }

    /** Where a rule anchored at [{@code start}, {@code end}) of this kind must end by. */
    static int reachAfter(int kind, int end, int length) {
        return Math.min(length, end + AFTER[kind]);
    }

    /** @return per anchor kind, the [start, end) pairs of its anchors in folded offsets, in text order */
    int[][] anchors(String folded) {
        int n = folded.length();
        int[][] out = new int[KINDS][];
        int[] sizes = new int[KINDS];
        int i = 0;
        while (i < n) {
            if (!DateText.isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && DateText.isWordChar(folded.charAt(i))) {
                i++;
            }
            int mask = anchorKinds(folded, start, i);
            for (int kind = 0; mask != 0 && kind < KINDS; kind++) {
                if ((mask & (1 << kind)) != 0) {
                    add(out, sizes, kind, start, i);
                }
            }
        }
        for (int kind = 0; kind < KINDS; kind++) {
            out[kind] = out[kind] == null ? new int[0] : Arrays.copyOf(out[kind], sizes[kind]);
        }
        return out;
    }

    private static void add(int[][] out, int[] sizes, int kind, int from, int to) {
        int[] w = out[kind];
        int size = sizes[kind];
        if (w == null) {
            w = new int[8];
        } else if (size == w.length) {
            w = Arrays.copyOf(w, size * 2);
        }
        w[size] = from;
        w[size + 1] = to;
        out[kind] = w;
        sizes[kind] = size + 2;
    }

    private int anchorKinds(String folded, int start, int end) {
        if (Character.isDigit(folded.charAt(start))) {
            int mask = 0;
            if (end - start == 4) {
                int v = (folded.charAt(start) - '0') * 100 + (folded.charAt(start + 1) - '0') * 10 + folded.charAt(start + 2) - '0';
                if (v >= 130 && v <= 219) {
                    mask |= 1 << YEAR;
                }
            }
            if (end - start <= 2 || mask != 0) {
                boolean sepAfter = end + 1 < folded.length() && "-/.".indexOf(folded.charAt(end)) >= 0
                        && Character.isDigit(folded.charAt(end + 1));
                if (sepAfter) {
                    mask |= 1 << NUMERIC;
                }
                // A day or a small count may stand before a month, unit or range word: those anchor it.
            }
            return mask;
        }
        if (end - start > longest + 1) {
            return 0;
        }
        if (mayBeAnchor(folded, start, end)) {
            Integer kinds = table.get(folded, start, end);
            if (kinds != null) {
                return kinds;
            }
        }
        // Hebrew glues prepositions and the article to the word: ביוני, בשבוע, השנה.
        if (end - start > 2 && HEBREW_PREFIXES.indexOf(folded.charAt(start)) >= 0 && mayBeAnchor(folded, start + 1, end)) {
            Integer kinds = table.get(folded, start + 1, end);
            return kinds == null ? 0 : kinds;
        }
        return 0;
    }
}
