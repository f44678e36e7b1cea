package dev.khabar.understand.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The loaded gazetteer: entities and the names they are known by, indexed by the matching key of a
 * name's first token so the extractor tries only names that can start at a token. Immutable and
 * thread-safe; built once per container by {@link GazetteerLoader}.
 */
public final class Gazetteer {
    private final EntityInfo[] entities;
    private final int[] metonymOf;
    private final int[] rank;
    private final Map<String, Integer> byId;
    private final dev.khabar.understand.text.KeyTable<Name[]> byFirstKey;
    private final String[] prefixKeys;
    private final int[] prefixEntities;

    /**
     * One way of naming an entity. {@code keys} are the matching keys of its tokens; an adjective is
     * a demonym or relational adjective (American, المصرية) that points at its country; an acronym
     * only matches text written in capitals; a cased name needs an upper-case initial in the text.
     */
    public record Name(int entity, String type, String[] keys, boolean adjective, boolean acronym, boolean cased) {
        public int length() {
            return keys.length;
        }
    }

    Gazetteer(EntityInfo[] entities, int[] metonymOf, int[] rank, Map<String, Integer> byId,
              Map<String, Name[]> byFirstKey, String[] prefixKeys, int[] prefixEntities) {
        this.entities = entities;
        this.metonymOf = metonymOf;
        this.rank = rank;
        this.byId = byId;
        this.byFirstKey = new dev.khabar.understand.text.KeyTable<>(byFirstKey);
        this.prefixKeys = prefixKeys;
        this.prefixEntities = prefixEntities;
    }

    public int size() {
        return entities.length;
    }

    public EntityInfo entity(int index) {
        return entities[index];
    }

    /** Index of the entity a place stands for in political text (a capital for its state), or -1. */
    public int metonymOf(int index) {
        return metonymOf[index];
    }

    /** Higher wins when one name fits several entities (a country over a town of the same name). */
    public int rank(int index) {
        return rank[index];
    }

    public int indexOf(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    /** Names whose first token has this key, longest first. */
    public Name[] namesStartingWith(String firstKey) {
        return byFirstKey.get(firstKey);
    }

    /** Names whose first token's key is {@code s[from, to)}, longest first; null when none. */
    public Name[] namesStartingWith(String s, int from, int to) {
        return byFirstKey.get(s, from, to);
    }

    /** Entities with a name whose key starts with {@code keyPrefix}, in key order, each once. */
    public List<Integer> withKeyPrefix(String keyPrefix, int limit) {
        int i = Arrays.binarySearch(prefixKeys, keyPrefix);
        if (i < 0) {
            i = -i - 1;
        }
        java.util.LinkedHashSet<Integer> found = new java.util.LinkedHashSet<>();
        for (; i < prefixKeys.length && prefixKeys[i].startsWith(keyPrefix) && found.size() < limit * 4; i++) {
            found.add(prefixEntities[i]);
        }
        return List.copyOf(found);
    }
}
