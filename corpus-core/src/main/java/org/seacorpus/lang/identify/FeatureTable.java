package org.seacorpus.lang.identify;

/**
 * An open-addressing hash table from 64-bit feature keys ({@link FeatureKeys}) to rows 0…n−1 in the order the keys
 * were added: one primitive array holding each slot's key and row side by side (so a probe reads one cache line,
 * not one in a key array and another in a row array), linear probing, at most half full. The rows index the
 * model's arrays of log-probabilities. Built once, then read-only and thread-safe.
 */
final class FeatureTable {
    /** Slot {@code s} holds its key at {@code 2s} and its row at {@code 2s + 1}; key 0 marks an empty slot. */
    private final long[] slots;
    private final int mask;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    /** A table of these keys, each at the row of its index (the inverse of {@link #keysByRow()}). */
    static FeatureTable of(long[] keysByRow) {
        FeatureTable table = new FeatureTable(keysByRow.length);
        for (int row = 0; row < keysByRow.length; row++) {
            if (keysByRow[row] == 0 || table.add(keysByRow[row]) != row) {
                throw new IllegalArgumentException("feature keys must be distinct and non-zero (row " + row + ")");
            }
        }
        return table;
    }

    /** Adds a key (never 0) and returns its row; a key added before keeps its row. */
    int add(long key) {
        int slot = slot(key);
        long k;
        while ((k = slots[slot << 1]) != 0) {
            if (k == key) {
                return (int) slots[(slot << 1) + 1];
            }
            slot = (slot + 1) & mask;
        }
        if (size * 2 >= mask + 1) {
            throw new IllegalStateException("feature table full: built for fewer features than added");
        }
        slots[slot << 1] = key;
        slots[(slot << 1) + 1] = size;
        return size++;
    }

    /** The row of {@code key}, or −1 when it is not in the table. */
    int find(long key) {
        int slot = slot(key);
        long k;
        while ((k = slots[slot << 1]) != 0) {
            if (k == key) {
                return (int) slots[(slot << 1) + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** Every key, at the index of its row (to build a larger table with the same rows). */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int slot = 0; slot <= mask; slot++) {
            long key = slots[slot << 1];
            if (key != 0) {
                out[(int) slots[(slot << 1) + 1]] = key;
            }
        }
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "FeatureTable[" + size + " keys in " + (mask + 1) + " slots]";
    }
}
