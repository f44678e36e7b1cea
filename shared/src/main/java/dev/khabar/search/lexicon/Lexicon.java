package dev.khabar.search.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word-to-word translations between English, Arabic and Turkish, ranked as the dictionary lists
 * them. Built from FreeDict at build time ({@link LexiconBuilder}); empty when it was not built.
 * <p>The resource's lines ({@code from, to, key, translations|…}) stay as one byte array, indexed by
 * line in key order and searched by binary search; a line's translations are decoded when asked for.
 * Loading is one read and one pass over the bytes, and the lexicon is a few large arrays rather than
 * hundreds of thousands of strings, which a cold start would otherwise spend seconds parsing and
 * copying through young collections. The builder writes the lines in key order (UTF-8 bytes,
 * unsigned); any other input is sorted here, and of lines with the same key the last one counts.
 */
public final class Lexicon {
    public static final String RESOURCE = "/lexicon/freedict-lexicon.tsv";
    private static final byte TAB = '\t';
    private final byte[] data;
    /** Per entry, in key order: where its line starts and where its key ends (the third tab). */
    private final int[] starts;
    private final int[] keyEnds;

    private Lexicon(byte[] data, int[] starts, int[] keyEnds) {
        this.data = data;
        this.starts = starts;
        this.keyEnds = keyEnds;
    }

    public static Lexicon empty() {
        return new Lexicon(new byte[0], new int[0], new int[0]);
    }

    /** The lexicon built into the jar, or an empty one (and no expansions) when the build had no dictionaries. */
    public static Lexicon fromClasspath() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated lines {@code from, to, key, translations separated by |}; lines with fewer fields are skipped. */
    public static Lexicon read(InputStream in) throws IOException {
        byte[] data = in.readAllBytes();
        int[] starts = new int[Math.max(16, data.length / 40)];
        int[] keyEnds = new int[starts.length];
        int n = 0;
        int len = data.length;
        for (int pos = 0; pos < len; ) {
            int lineStart = pos;
            int tabs = 0;
            int keyEnd = -1;
            byte b;
            while (pos < len && (b = data[pos]) != '\n' && b != '\r') {
                if (b == TAB && ++tabs == 3) {
                    keyEnd = pos;
                }
                pos++;
            }
            if (keyEnd >= 0) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    keyEnds = Arrays.copyOf(keyEnds, n * 2);
                }
                starts[n] = lineStart;
                keyEnds[n] = keyEnd;
                n++;
            }
            // A line ends at \n, \r or \r\n, as BufferedReader reads them.
            if (pos < len && data[pos++] == '\r' && pos < len && data[pos] == '\n') {
                pos++;
            }
        }
        starts = Arrays.copyOf(starts, n);
        keyEnds = Arrays.copyOf(keyEnds, n);
        for (int i = 1; i < n; i++) {
            if (compareKeys(data, starts[i - 1], keyEnds[i - 1], starts[i], keyEnds[i]) >= 0) {
                return sorted(data, starts, keyEnds);
            }
        }
        return new Lexicon(data, starts, keyEnds);
    }

    /** Input not in key order (hand-made, or from an older builder): sort, keeping the last line of each key. */
    private static Lexicon sorted(byte[] data, int[] starts, int[] keyEnds) {
        Integer[] order = new Integer[starts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable: lines with the same key keep their file order.
        Arrays.sort(order, (x, y) -> compareKeys(data, starts[x], keyEnds[x], starts[y], keyEnds[y]));
        int[] s = new int[order.length];
        int[] k = new int[order.length];
        int n = 0;
        for (int i = 0; i < order.length; i++) {
            int line = order[i];
            if (n > 0 && compareKeys(data, s[n - 1], k[n - 1], starts[line], keyEnds[line]) == 0) {
                n--;
            }
            s[n] = starts[line];
            k[n] = keyEnds[line];
            n++;
        }
        return new Lexicon(data, Arrays.copyOf(s, n), Arrays.copyOf(k, n));
    }

    private static int compareKeys(byte[] data, int aFrom, int aTo, int bFrom, int bTo) {
        return Arrays.compareUnsigned(data, aFrom, aTo, data, bFrom, bTo);
    }

    /** The entry whose key is {@code from\tto\tkey}, or -1. */
    private int find(String from, String to, String key) {
        if (hasLoneSurrogate(key)) {
            // Not text the dictionary can hold (UTF-8 would write it as '?', which could match a real key).
            return -1;
        }
        byte[] wanted = (from + "\t" + to + "\t" + key).getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(data, starts[mid], keyEnds[mid], wanted, 0, wanted.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The translations listed under exactly this key, or null. */
    String[] get(String from, String to, String key) {
        int entry = find(from, to, key);
        return entry < 0 ? null : translations(entry);
    }

    private String[] translations(int entry) {
        int from = keyEnds[entry] + 1;
        int to = from;
        while (to < data.length && data[to] != '\n' && data[to] != '\r') {
            to++;
        }
        return new String(data, from, to - from, StandardCharsets.UTF_8).split("\\|");
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public boolean knows(String word, String from) {
        List<String> keys = candidateKeys(word, from);
        // Shortened Turkish stems would claim all sorts of foreign words: only the word itself counts here.
        for (String key : from.equals("tr") ? keys.subList(0, 1) : keys) {
            for (String to : List.of("en", "ar", "tr")) {
                if (find(from, to, key) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to {@code limit} translations of {@code word}, best first; {@code from}/{@code to} are en, ar or tr. */
    public List<String> translate(String word, String from, String to, int limit) {
        List<String> out = new ArrayList<>();
        for (String key : candidateKeys(word, from)) {
            String[] found = get(from, to, key);
            if (found != null) {
                for (String t : found) {
                    if (out.size() < limit && !out.contains(t)) {
                        out.add(t);
                    }
                }
                break;
            }
        }
        return out;
    }

    private static List<String> candidateKeys(String word, String lang) {
        if (lang.equals("ar")) {
            return List.of(ArabicKeys.key(word));
        }
        String w = latinKey(word);
        List<String> keys = new ArrayList<>(List.of(w));
        if (lang.equals("en")) {
            // Plural and verb forms the dictionary lists only as the base word.
            if (w.endsWith("ies") && w.length() > 4) keys.add(w.substring(0, w.length() - 3) + "y");
            if (w.endsWith("es") && w.length() > 3) keys.add(w.substring(0, w.length() - 2));
            if (w.endsWith("s") && w.length() > 3) keys.add(w.substring(0, w.length() - 1));
            if (w.endsWith("ing") && w.length() > 5) keys.add(w.substring(0, w.length() - 3));
            if (w.endsWith("ed") && w.length() > 4) keys.add(w.substring(0, w.length() - 2));
            if (w.endsWith("'s")) keys.add(w.substring(0, w.length() - 2));
        }
        if (lang.equals("tr")) {
            // Turkish stacks suffixes on the stem (savunmasını, savunma): try ever shorter stems.
            for (int end = w.length() - 1; end >= 5; end--) {
                keys.add(w.substring(0, end));
            }
        }
        return keys;
    }

    public static String latinKey(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        // "İ" lower-cases to "i" plus a combining dot; the dictionaries write plain "i".
        return Normalizer.normalize(lower, Normalizer.Form.NFC).replace("\u0307", "").replace('’', '\'');
    }

    static String code(String freedictLang) {
        return switch (freedictLang) {
            case "eng" -> "en";
            case "ara" -> "ar";
            case "tur" -> "tr";
            default -> freedictLang;
        };
    }
}
