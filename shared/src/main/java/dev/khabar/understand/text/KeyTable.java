package dev.khabar.understand.text;

import java.util.Map;
import java.util.Set;

/**
 * A read-only hash table from string keys to values that can be probed with a region of a larger
 * string ({@code key[from, to)}) without cutting it out: matching tries several readings of every
 * token (prefixes cut, endings dropped) and most of them match nothing, so probing must not allocate.
 * Each slot's hash is kept beside it so a miss (the usual outcome) reads one int array and never
 * the key strings, which are scattered over the heap.
 */
public final class KeyTable<V> {
    /** Marks an empty slot; a key whose hash is 0 is stored as {@link #OCCUPIED_ZERO}. */
    private static final int EMPTY = 0;
    private static final int OCCUPIED_ZERO = 1;

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    public KeyTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        hashes = new int[capacity];
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String k = e.getKey();
            int h = hash(k, 0, k.length());
            int slot = h & mask;
            while (hashes[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            keys[slot] = k;
            values[slot] = e.getValue();
        }
    }

    /** A set: every key maps to itself. */
    public static KeyTable<String> of(Set<String> keys) {
        Map<String, String> entries = new java.util.HashMap<>(keys.size() * 2);
        keys.forEach(k -> entries.put(k, k));
        return new KeyTable<>(entries);
    }

    public V get(String key) {
        return get(key, 0, key.length());
    }

    @SuppressWarnings("unchecked")
    public V get(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        int len = to - from;
        int h = hash(s, from, to);
        int slot = h & mask;
        int stored;
        while ((stored = hashes[slot]) != EMPTY) {
            if (stored == h) {
                String k = keys[slot];
                if (k.length() == len && k.regionMatches(0, s, from, len)) {
                    return (V) values[slot];
                }
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    public boolean contains(String key) {
        return get(key, 0, key.length()) != null;
    }

    public boolean contains(String s, int from, int to) {
        return get(s, from, to) != null;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        h ^= h >>> 16;
        return h == EMPTY ? OCCUPIED_ZERO : h;
    }
}
