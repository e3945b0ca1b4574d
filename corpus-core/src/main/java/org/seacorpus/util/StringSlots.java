package org.seacorpus.util;

import java.util.Arrays;

/**
 * Slots for distinct strings, first seen first: what a {@code HashMap<String, Integer>} holding each new string
 * with the map's size gives, in an open-addressing table that one thread reuses from document to document instead
 * of a map and its boxed values per document. {@link #reset} empties it for the next document. Not thread-safe:
 * each thread keeps its own (the token doc values, the quality signals).
 */
public final class StringSlots {
    private String[] keys = new String[64];
    private int[] slots = new int[64];
    private int size;

    /** Empties the table, ready for up to {@code expected} strings without growing. */
    public StringSlots reset(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        if (capacity > keys.length || keys.length > 8 * capacity && keys.length > 64) {
            keys = new String[capacity];
            slots = new int[capacity];
        } else if (size > 0) {
            Arrays.fill(keys, null);
        }
        size = 0;
        return this;
    }

    /** How many distinct strings the table holds. */
    public int size() {
        return size;
    }

    /**
     * The slot of {@code key} when the table holds it; otherwise adds it with the next slot ({@link #size} before
     * the call) and returns {@code -slot - 1}.
     */
    public int slotOf(String key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int h = key.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                slots[i] = size;
                return -(size++) - 1;
            }
            if (k.equals(key)) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int h = oldKeys[j].hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }
}
