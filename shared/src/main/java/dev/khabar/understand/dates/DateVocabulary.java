package dev.khabar.understand.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month, weekday, Hijri and Hebrew month names, relative words and the small function words the date
 * rules need, in all supported languages at once (a dateline may mix them), keyed by folded form.
 * Loaded once from {@code dates/vocabulary.tsv} (generated from CLDR and dateparser) and
 * {@code dates/curated.tsv} (kept by hand); immutable afterwards, so safe to share across threads.
 */
public final class DateVocabulary {
    private static final List<String> RESOURCES = List.of("/dates/vocabulary.tsv", "/dates/curated.tsv");
    /** Short forms that are ordinary words too ("may", "mar", Arabic "اب" = father) never stand alone as a month. */
    private static final java.util.Set<String> NOT_ALONE = java.util.Set.of("may", "march", "mar", "ماي", "اب", "ay",
            "ekim", "ocak", "august", "sat", "sun", "wed", "per", "cum", "sal", "paz");

    private static final Pattern SPACES = Pattern.compile("[ ]+");

    private final Map<String, Map<String, String>> byKind;
    private final Map<String, String> alternations = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile DateGrammar grammar;

    private DateVocabulary(Map<String, Map<String, String>> byKind) {
        this.byKind = byKind;
    }

    public static DateVocabulary load() {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = DateVocabulary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length == 4) {
                        byKind.computeIfAbsent(f[1], k -> new HashMap<>()).putIfAbsent(DateText.foldWord(f[3]), f[2]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DateVocabulary(byKind);
    }

    /** The value of a folded form of the given kind, or null. */
    String value(String kind, String foldedForm) {
        Map<String, String> forms = byKind.get(kind);
        if (forms == null) {
            return null;
        }
        return forms.get(foldedForm.contains("  ") ? SPACES.matcher(foldedForm).replaceAll(" ") : foldedForm);
    }

    /** The value of a form among several kinds, first kind first. */
    String value(List<String> kinds, String foldedForm) {
        for (String kind : kinds) {
            String v = value(kind, foldedForm);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Every folded form of the given kinds. */
    java.util.Set<String> forms(String... kinds) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String kind : kinds) {
            out.addAll(byKind.getOrDefault(kind, Map.of()).keySet());
        }
        return out;
    }

    boolean standsAlone(String foldedForm) {
        return !NOT_ALONE.contains(foldedForm);
    }

    /**
     * A regex matching every form of the given kinds, the longest form where several match. It is
     * emitted as a character trie behind a first-character class: a plain alternation of hundreds of
     * words is tried word by word at every position and made the rules twenty times slower.
     */
    String alternation(String... kinds) {
        return alternations.computeIfAbsent(String.join(",", kinds), k -> buildAlternation(kinds));
    }

    /** The compiled rules, built once per vocabulary and shared by the extractor, dateline parser and query reader. */
    DateGrammar grammar() {
        DateGrammar g = grammar;
        if (g == null) {
            synchronized (this) {
                g = grammar;
                if (g == null) {
                    g = new DateGrammar(this);
                    grammar = g;
                }
            }
        }
        return g;
    }

    private String buildAlternation(String... kinds) {
        TrieNode root = new TrieNode();
        for (String kind : kinds) {
            for (String form : byKind.getOrDefault(kind, Map.of()).keySet()) {
                root.add(form);
            }
        }
        if (root.children.isEmpty()) {
            return "(?!)";
        }
        StringBuilder firsts = new StringBuilder();
        root.children.keySet().forEach(c -> firsts.append(charClassMember(c)));
        return "(?=[" + firsts + "])" + root.regex();
    }

    private static String charClassMember(char c) {
        return c == ' ' ? " " : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    private static final class TrieNode {
        private final java.util.TreeMap<Character, TrieNode> children = new java.util.TreeMap<>();
        private boolean terminal;

        void add(String form) {
            TrieNode node = this;
            for (int i = 0; i < form.length(); i++) {
                node = node.children.computeIfAbsent(form.charAt(i), k -> new TrieNode());
            }
            node.terminal = true;
        }

        /** Longer continuations come first and are optional when a word may end here, so the longest wins. */
        String regex() {
            List<String> alternatives = new ArrayList<>();
            for (Map.Entry<Character, TrieNode> e : children.entrySet()) {
                char c = e.getKey();
                String head = c == ' ' ? "[ ]+" : Pattern.quote(String.valueOf(c));
                if (Character.isLetterOrDigit(c)) {
                    head = String.valueOf(c);
                }
                alternatives.add(head + e.getValue().regex());
            }
            if (alternatives.isEmpty()) {
                return "";
            }
            String body = alternatives.size() == 1 ? alternatives.get(0) : String.join("|", alternatives);
            return terminal ? "(?:" + body + ")?" : alternatives.size() == 1 ? body : "(?:" + body + ")";
        }
    }
}
