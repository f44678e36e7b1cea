package dev.khabar.search.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Build-time tool: turns Debian's FreeDict dictionaries (dictd format, {@code .index} + {@code .dict.dz})
 * into the compact lexicon resource search loads. The dictionaries are GPL: they are read from the
 * installed packages during the build and never committed; the output carries their notice.
 * <p>Usage: {@code LexiconBuilder DICTD_DIR OUT_DIR}. Missing dictionaries produce an empty lexicon
 * and a warning, so the build still succeeds where the packages cannot be installed.
 */
public final class LexiconBuilder {
    static final int KEEP = 4;
    private static final String[][] PAIRS = {{"eng", "ara"}, {"ara", "eng"}, {"eng", "tur"}, {"tur", "eng"}};

    public static void main(String[] args) throws IOException {
        Path dictd = Path.of(args.length > 0 ? args[0] : "/usr/share/dictd");
        Path out = Path.of(args.length > 1 ? args[1] : "target/classes/lexicon");
        Files.createDirectories(out);
        Map<String, Map<String, List<String>>> tables = new LinkedHashMap<>();
        StringBuilder notice = new StringBuilder("Bilingual lexicon generated at build time from the FreeDict dictionaries\n"
                + "(Debian packages dict-freedict-*), licensed under the GNU GPL version 2 or later.\n"
                + "It is derived data and is distributed under the same licence; its notices follow.\n\n");
        for (String[] pair : PAIRS) {
            String name = "freedict-" + pair[0] + "-" + pair[1];
            Path index = dictd.resolve(name + ".index");
            Path dict = dictd.resolve(name + ".dict.dz");
            if (!Files.exists(index) || !Files.exists(dict)) {
                System.err.println("WARNING: " + name + " is not installed; cross-lingual expansion " + pair[0]
                        + "->" + pair[1] + " will be empty (install dict-" + name + ")");
                continue;
            }
            byte[] data;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dict), 1 << 16)) {
                data = in.readAllBytes();
            }
            Map<String, List<String>> table = new LinkedHashMap<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                String entry = new String(data, (int) b64(f[1]), (int) b64(f[2]), StandardCharsets.UTF_8);
                if (f[0].startsWith("00database")) {
                    if (f[0].equals("00databaseinfo")) {
                        notice.append("==== ").append(name).append(" ====\n").append(entry.strip()).append("\n\n");
                    }
                    continue;
                }
                String key = key(f[0], pair[0]);
                List<String> translations = translations(entry);
                if (!key.isEmpty() && !translations.isEmpty()) {
                    table.computeIfAbsent(key, k -> new ArrayList<>()).addAll(translations);
                }
            }
            tables.put(pair[0] + ">" + pair[1], table);
        }
        invertInto(tables, "ara>eng", "eng>ara");
        invertInto(tables, "eng>tur", "tur>eng");
        // In key order (UTF-8 bytes, unsigned): Lexicon searches the lines as they are, without sorting them.
        TreeMap<byte[], String> lines = new TreeMap<>(Arrays::compareUnsigned);
        for (Map.Entry<String, Map<String, List<String>>> t : tables.entrySet()) {
            String[] langs = t.getKey().split(">");
            for (Map.Entry<String, List<String>> e : t.getValue().entrySet()) {
                List<String> top = new ArrayList<>(new LinkedHashSet<>(e.getValue()));
                String key = Lexicon.code(langs[0]) + "\t" + Lexicon.code(langs[1]) + "\t" + e.getKey();
                lines.put(key.getBytes(StandardCharsets.UTF_8),
                        key + "\t" + String.join("|", top.subList(0, Math.min(KEEP, top.size()))) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("freedict-lexicon.tsv"), StandardCharsets.UTF_8)) {
            for (String line : lines.values()) {
                w.write(line);
            }
        }
        Files.writeString(out.resolve("NOTICE-freedict.txt"), notice.toString(), StandardCharsets.UTF_8);
        System.out.println("lexicon: " + tables.values().stream().mapToInt(Map::size).sum() + " headwords in "
                + tables.keySet() + " -> " + out);
    }

    /** Adds reverse entries (after the direct ones) for words the direct dictionary lacks. */
    private static void invertInto(Map<String, Map<String, List<String>>> tables, String from, String to) {
        Map<String, List<String>> source = tables.get(from);
        if (source == null) {
            return;
        }
        Map<String, List<String>> target = tables.computeIfAbsent(to, k -> new LinkedHashMap<>());
        String lang = to.split(">")[0];
        Map<String, List<String>> reverse = new LinkedHashMap<>();
        source.forEach((head, translations) -> {
            for (String t : translations) {
                if (t.indexOf(' ') < 0) {
                    reverse.computeIfAbsent(key(t, lang), k -> new ArrayList<>()).add(head);
                }
            }
        });
        reverse.forEach((k, v) -> {
            if (!k.isEmpty()) {
                target.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
            }
        });
    }

    static String key(String word, String lang) {
        return lang.equals("ara") ? ArabicKeys.key(word) : Lexicon.latinKey(word);
    }

    /** The translations of one dictd entry: numbered senses or lines, comma-separated synonyms. */
    static List<String> translations(String entry) {
        Set<String> out = new LinkedHashSet<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip().replaceFirst("^\\d+\\.\\s*", "").replaceAll("\\([^)]*\\)", " ");
            for (String part : line.split("[,;،؛]")) {
                String t = part.strip().replaceAll("[.]+$", "").replaceAll("\\s+", " ").strip();
                if (!t.isEmpty() && t.length() <= 40 && !t.contains("/") && !t.startsWith("see ")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(out);
    }

    static long b64(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long n = 0;
        for (char c : s.toCharArray()) {
            n = n * 64 + alphabet.indexOf(c);
        }
        return n;
    }

    private LexiconBuilder() {
    }

}
