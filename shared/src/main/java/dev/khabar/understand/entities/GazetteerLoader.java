package dev.khabar.understand.entities;

import dev.khabar.understand.text.Tokenizer;
import dev.khabar.understand.text.Tokens;
import dev.khabar.understand.text.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link Gazetteer} from the generated resource {@code gazetteer/entities.tsv} (see
 * GazetteerBuilder in the bench module for how it is made from the shipped sources). One-token place
 * names that are also common words (function words of any language) are left out: they would
 * match everywhere.
 */
public final class GazetteerLoader {
    public static final String RESOURCE = "/gazetteer/entities.tsv";
    /** Rank the builder gives sovereign states: their short names are kept even when they are common words. */
    public static final int COUNTRY_RANK = 4;
    private final Tokenizer tokenizer;
    private final Set<String> commonWords;

    public GazetteerLoader(Tokenizer tokenizer, Set<String> commonWords) {
        this.tokenizer = tokenizer;
        this.commonWords = commonWords;
    }

    public Gazetteer load() {
        return load(WordLists.rows(RESOURCE));
    }

    /** Rows: id, type, label, names (lang:a;b|lang:c), adjectives (same form), metonym-of id, rank. */
    public Gazetteer load(List<String[]> rows) {
        int n = rows.size();
        EntityInfo[] entities = new EntityInfo[n];
        int[] rank = new int[n];
        String[] metonymIds = new String[n];
        Map<String, Integer> byId = new HashMap<>(n * 2);
        Map<String, List<Gazetteer.Name>> byFirst = new HashMap<>(n * 8);
        TreeMap<String, Integer> prefixes = new TreeMap<>();
        for (int e = 0; e < n; e++) {
            String[] row = rows.get(e);
            String id = row[0];
            String type = row[1];
            rank[e] = row.length > 6 && !row[6].isBlank() ? Integer.parseInt(row[6]) : 1;
            boolean country = rank[e] >= COUNTRY_RANK;
            Map<String, String> labels = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> names : parseNames(row[3]).entrySet()) {
                labels.put(names.getKey(), names.getValue().get(0));
                boolean persian = names.getKey().equals("fa") || names.getKey().equals("ur");
                for (String name : names.getValue()) {
                    // Persian names fold onto Arabic words (ترکیه → تركية "Turkish", القمری → القمري "lunar"):
                    // they still link, but count as adjectival so they never pass for an Arabic name.
                    addName(byFirst, prefixes, e, type, country, name, persian);
                }
            }
            addName(byFirst, prefixes, e, type, country, row[2], false);
            if (row.length > 4) {
                for (List<String> forms : parseNames(row[4]).values()) {
                    for (String form : forms) {
                        addName(byFirst, prefixes, e, type, country, form, true);
                    }
                }
            }
            metonymIds[e] = row.length > 5 && !row[5].isBlank() ? row[5] : null;
            entities[e] = new EntityInfo(id, type, row[2], Map.copyOf(labels));
            byId.put(id, e);
        }
        int[] metonymOf = new int[n];
        for (int e = 0; e < n; e++) {
            Integer target = metonymIds[e] == null ? null : byId.get(metonymIds[e]);
            metonymOf[e] = target == null ? -1 : target;
        }
        Map<String, Gazetteer.Name[]> index = new HashMap<>(byFirst.size() * 2);
        for (Map.Entry<String, List<Gazetteer.Name>> entry : byFirst.entrySet()) {
            List<Gazetteer.Name> names = entry.getValue();
            names.sort(Comparator.comparingInt(Gazetteer.Name::length).reversed()
                    .thenComparing(Gazetteer.Name::adjective)
                    .thenComparing(name -> -rank[name.entity()]));
            index.put(entry.getKey(), names.toArray(new Gazetteer.Name[0]));
        }
        String[] prefixKeys = prefixes.keySet().toArray(new String[0]);
        int[] prefixEntities = prefixes.values().stream().mapToInt(Integer::intValue).toArray();
        return new Gazetteer(entities, metonymOf, rank, Map.copyOf(byId), Map.copyOf(index), prefixKeys, prefixEntities);
    }

    private void addName(Map<String, List<Gazetteer.Name>> byFirst, TreeMap<String, Integer> prefixes, int entity,
                         String type, boolean country, String name, boolean adjective) {
        Tokens tokens = tokenizer.tokenize(name);
        if (tokens.size() == 0) {
            return;
        }
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = tokens.key(i);
        }
        if (keys.length == 1 && !adjective && (keys[0].length() < 2 || commonWords.contains(keys[0]))
                && !country) {
            return;
        }
        boolean acronym = isAcronym(name);
        boolean cased = !tokens.caseless(0) && Character.isLetter(name.charAt(tokens.start(0)))
                && Character.isUpperCase(name.charAt(tokens.start(0)));
        List<Gazetteer.Name> list = byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>(2));
        for (Gazetteer.Name existing : list) {
            if (existing.entity() == entity && java.util.Arrays.equals(existing.keys(), keys)) {
                return;
            }
        }
        list.add(new Gazetteer.Name(entity, type, keys, adjective, acronym, cased));
        if (!adjective) {
            prefixes.putIfAbsent(String.join(" ", keys), entity);
        }
    }

    private static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0 && letters <= 5 && name.charAt(0) < 0x0250;
    }

    static Map<String, List<String>> parseNames(String field) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (field == null || field.isBlank()) {
            return out;
        }
        for (String group : field.split("\\|")) {
            int colon = group.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : group.substring(colon + 1).split(";")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                out.computeIfAbsent(group.substring(0, colon), k -> new ArrayList<>()).addAll(names);
            }
        }
        return out;
    }
}
