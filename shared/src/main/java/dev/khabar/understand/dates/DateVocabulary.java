package dev.khabar.understand.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private final Map<String, Map<String, String>> byKind;

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
        return forms == null ? null : forms.get(foldedForm.replaceAll("[ ]+", " "));
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

    boolean standsAlone(String foldedForm) {
        return !NOT_ALONE.contains(foldedForm);
    }

    /** A regex alternation of every form of the given kinds, longest first so the longest form wins. */
    String alternation(String... kinds) {
        List<String> forms = new ArrayList<>();
        for (String kind : kinds) {
            forms.addAll(byKind.getOrDefault(kind, Map.of()).keySet());
        }
        return forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(f -> Pattern.quote(f).replace(" ", "\\E[ ]+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
