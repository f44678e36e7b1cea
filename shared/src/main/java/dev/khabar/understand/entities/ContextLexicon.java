package dev.khabar.understand.entities;

import dev.khabar.understand.text.ArabicNormalizer;
import dev.khabar.understand.text.KeyTable;
import dev.khabar.understand.text.Tokenizer;
import dev.khabar.understand.text.Tokens;
import dev.khabar.understand.text.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The context cues of {@code understand/entity-context.tsv} as matching keys: titles before names,
 * organisation heads and tails, given names, name particles, political cue words, and the words
 * that never belong to a name (those plus every language profile's function words). Immutable.
 */
public final class ContextLexicon {
    private final KeyTable<List<String[]>> titles;
    private final KeyTable<List<String[]>> orgHeads;
    private final KeyTable<Boolean> givenTable;
    private final KeyTable<Boolean> triggers;
    // Sets as key tables too: every token is looked up in several of them, and most lookups miss.
    private final KeyTable<String> roles;
    private final KeyTable<String> orgTails;
    private final KeyTable<String> particles;
    private final KeyTable<String> cues;
    private final KeyTable<String> stops;
    private final KeyTable<String> said;
    private final Set<String> stopWords;

    private ContextLexicon(Map<String, List<String[]>> titles, Map<String, List<String[]>> orgHeads, Set<String> roles,
                           Set<String> orgTails, Set<String> given, Set<String> particles, Set<String> cues,
                           Set<String> stops, Set<String> said) {
        this.titles = new KeyTable<>(titles);
        this.orgHeads = new KeyTable<>(orgHeads);
        this.givenTable = new KeyTable<>(asTable(given));
        Set<String> triggers = new HashSet<>(given);
        triggers.addAll(titles.keySet());
        triggers.addAll(orgHeads.keySet());
        triggers.addAll(said);
        this.triggers = new KeyTable<>(asTable(triggers));
        this.roles = KeyTable.of(roles);
        this.orgTails = KeyTable.of(orgTails);
        this.particles = KeyTable.of(particles);
        this.cues = KeyTable.of(cues);
        this.stops = KeyTable.of(stops);
        this.said = KeyTable.of(said);
        this.stopWords = stops;
    }

    public static ContextLexicon fromResources(Tokenizer tokenizer) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Map<String, List<String[]>> titles = new HashMap<>();
        Map<String, List<String[]>> heads = new HashMap<>();
        Set<String> roles = new HashSet<>(), tails = new HashSet<>(), given = new HashSet<>(),
                particles = new HashSet<>(), cues = new HashSet<>(), stops = new HashSet<>(), said = new HashSet<>();
        for (String[] row : WordLists.rows("/understand/entity-context.tsv")) {
            String kind = row[0];
            String phrase = row[2];
            switch (kind) {
                case "title" -> addPhrase(titles, tokenizer, phrase);
                case "org-head" -> addPhrase(heads, tokenizer, phrase);
                case "role" -> roles.add(normalizer.key(phrase));
                case "org-tail" -> tails.add(normalizer.key(phrase));
                case "particle" -> particles.add(normalizer.key(phrase));
                case "given" -> addWords(given, normalizer, phrase);
                case "cue" -> addWords(cues, normalizer, phrase);
                case "stop" -> addWords(stops, normalizer, phrase);
                case "said" -> addWords(said, normalizer, phrase);
                default -> throw new IllegalStateException("Unknown context kind " + kind);
            }
        }
        for (String[] row : WordLists.rows("/understand/language-profiles.tsv")) {
            addWords(stops, normalizer, row[1]);
        }
        return new ContextLexicon(Map.copyOf(titles), Map.copyOf(heads), Set.copyOf(roles), Set.copyOf(tails),
                Set.copyOf(given), Set.copyOf(particles), Set.copyOf(cues), Set.copyOf(stops), Set.copyOf(said));
    }

    private static Map<String, Boolean> asTable(Set<String> words) {
        Map<String, Boolean> out = new HashMap<>();
        words.forEach(w -> out.put(w, Boolean.TRUE));
        return out;
    }

    private static void addWords(Set<String> set, ArabicNormalizer normalizer, String words) {
        for (String w : words.trim().split(" +")) {
            if (!w.isEmpty()) {
                set.add(normalizer.key(w));
            }
        }
    }

    private static void addPhrase(Map<String, List<String[]>> index, Tokenizer tokenizer, String phrase) {
        Tokens t = tokenizer.tokenize(phrase);
        if (t.size() == 0) {
            return;
        }
        String[] keys = new String[t.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = t.key(i);
        }
        List<String[]> list = index.computeIfAbsent(keys[0], k -> new ArrayList<>());
        list.add(keys);
        list.sort((a, b) -> b.length - a.length);
    }

    /**
     * Length in tokens of the longest title starting at token {@code i}, its first token read from key
     * character {@code from} (1 skips a conjunction); 0 if none.
     */
    public int titleAt(Tokens t, int i, int from) {
        return phraseAt(titles, t, i, from);
    }

    /** Like {@link #titleAt} for the words that open an organisation's name. */
    public int orgHeadAt(Tokens t, int i, int from) {
        return phraseAt(orgHeads, t, i, from);
    }

    private static int phraseAt(KeyTable<List<String[]>> index, Tokens t, int i, int from) {
        String key = t.key(i);
        List<String[]> phrases = index.get(key, from, key.length());
        if (phrases == null) {
            return 0;
        }
        outer:
        for (String[] p : phrases) {
            if (i + p.length > t.size()) {
                continue;
            }
            for (int k = 1; k < p.length; k++) {
                if (!p[k].equals(t.key(i + k)) || t.breakBefore(i + k)) {
                    continue outer;
                }
            }
            return p.length;
        }
        return 0;
    }

    public boolean isTitleWord(String key) {
        return titles.get(key) != null;
    }

    public boolean isRole(String key) {
        return roles.contains(key);
    }

    public boolean isOrgTail(String key) {
        return orgTails.contains(key);
    }

    public boolean isGiven(String key) {
        return givenTable.contains(key);
    }

    public boolean isGiven(String key, int from) {
        return givenTable.contains(key, from, key.length());
    }

    public boolean isParticle(String key) {
        return particles.contains(key);
    }

    public boolean isCue(String key) {
        return cues.contains(key);
    }

    /** Whether {@code key[from, end)} is a political cue word (1 skips a conjunction). */
    public boolean isCue(String key, int from) {
        return cues.contains(key, from, key.length());
    }

    /**
     * Whether {@code key[from, end)} can start any context rule (title, organisation word, verb of
     * saying, given name): one probe that lets most tokens skip the rules.
     */
    public boolean isTrigger(String key, int from) {
        return triggers.contains(key, from, key.length());
    }

    /** A verb of saying (قال، وأضاف): a bare name right after it is the speaker. */
    public boolean isSaid(String key) {
        return said.contains(key);
    }

    public boolean isStop(String key) {
        return stops.contains(key);
    }

    /** Function and stop words: kept out of the gazetteer's one-token names. */
    public Set<String> stopWords() {
        return stopWords;
    }
}
