package org.seacorpus.lang.identify;

/**
 * An open-addressing hash table from 64-bit feature keys ({@link FeatureKeys}) to rows 0…n−1 in the order the keys
 * were added: two primitive arrays, linear probing, at most half full. The rows index the model's arrays of
 * log-probabilities. Built once, then read-only and thread-safe.
 */
final class FeatureTable {
    private final long[] keys;
    private final int[] rows;
    private final int mask;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds a key (never 0) and returns its row; a key added before keeps its row. */
    int add(long key) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("feature table full: built for fewer features than added");
        }
        keys[slot] = key;
        rows[slot] = size;
        return size++;
    }

    /** The row of {@code key}, or −1 when it is not in the table. */
    int find(long key) {
        int slot = slot(key);
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "FeatureTable[" + size + " keys in " + keys.length + " slots]";
    }
}
