package dev.khabar.understand.text;

import java.util.Map;

/**
 * A read-only hash table from string keys to values that can be probed with a region of a larger
 * string ({@code key[from, to)}) without cutting it out: matching tries several readings of every
 * token (prefixes cut, endings dropped) and most of them match nothing, so probing must not allocate.
 */
public final class KeyTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    public KeyTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String k = e.getKey();
            int slot = hash(k, 0, k.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
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
        int slot = hash(s, from, to) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (k.length() == len && k.regionMatches(0, s, from, len)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    public boolean contains(String s, int from, int to) {
        return get(s, from, to) != null;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
