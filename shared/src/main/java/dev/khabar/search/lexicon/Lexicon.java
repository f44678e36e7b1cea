package dev.khabar.search.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word-to-word translations between English, Arabic and Turkish, ranked as the dictionary lists
 * them. Built from FreeDict at build time ({@link LexiconBuilder}); empty when it was not built.
 */
public final class Lexicon {
    public static final String RESOURCE = "/lexicon/freedict-lexicon.tsv";
    private final Map<String, String[]> entries;

    public Lexicon(Map<String, String[]> entries) {
        this.entries = entries;
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    /** The lexicon built into the jar, or an empty one (and no expansions) when the build had no dictionaries. */
    public static Lexicon fromClasspath() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon read(InputStream in) throws IOException {
        Map<String, String[]> entries = new HashMap<>(200_000);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            int c = line.indexOf('\t', b + 1);
            if (a < 0 || b < 0 || c < 0) {
                continue;
            }
            entries.put(line.substring(0, c), line.substring(c + 1).split("\\|"));
        }
        return new Lexicon(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean knows(String word, String from) {
        List<String> keys = candidateKeys(word, from);
        // Shortened Turkish stems would claim all sorts of foreign words: only the word itself counts here.
        for (String key : from.equals("tr") ? keys.subList(0, 1) : keys) {
            for (String to : List.of("en", "ar", "tr")) {
                if (entries.containsKey(from + "\t" + to + "\t" + key)) {
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
            String[] found = entries.get(from + "\t" + to + "\t" + key);
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
