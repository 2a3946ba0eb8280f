package org.civitas.tally.internal;

import java.util.List;

/**
 * Project ids to their index, looked up by a stretch of a longer string (a {@code vote} cell),
 * so that reading 100,000 ballots does not cut half a million id strings only to look them up.
 */
final class IdTable {
    private final String[] keys;
    private final int[] values;
    private final int mask;

    IdTable(List<String> ids) {
        int capacity = Integer.highestOneBit(Math.max(2, ids.size()) * 4);
        this.keys = new String[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int slot = hash(id, 0, id.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = id;
            values[slot] = i;
        }
    }

    /** The index of the id spelled by {@code text[start, end)}, or -1. */
    int find(String text, int start, int end) {
        for (int slot = hash(text, start, end) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == end - start && key.regionMatches(0, text, start, end - start)) {
                return values[slot];
            }
        }
        return -1;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
