package org.seacorpus.util;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to {@code int} values without boxing, for the n-gram hashes of
 * the quality signals and of decontamination, where a {@code HashMap<Long, …>} would allocate per n-gram.
 * Linear probing in a power-of-two table kept at most half full. Not thread-safe.
 */
public final class LongIntHashMap {
    private static final long EMPTY = 0L;
    /** The key 0 is stored outside the table, since 0 marks an empty slot. */
    private boolean hasZero;
    private int zeroValue;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntHashMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    public boolean containsKey(long key) {
        if (key == EMPTY) {
            return hasZero;
        }
        return keys[slot(key)] == key;
    }

    /** The value of {@code key}, or {@code missing} when it is absent. */
    public int get(long key, int missing) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : missing;
        }
        int i = slot(key);
        return keys[i] == key ? values[i] : missing;
    }

    public void put(long key, int value) {
        if (key == EMPTY) {
            hasZero = true;
            zeroValue = value;
            return;
        }
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        values[i] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the new value. */
    public int add(long key, int delta) {
        if (key == EMPTY) {
            zeroValue = (hasZero ? zeroValue : 0) + delta;
            hasZero = true;
            return zeroValue;
        }
        int i = slot(key);
        if (keys[i] == key) {
            values[i] += delta;
            return values[i];
        }
        keys[i] = key;
        values[i] = delta;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return delta;
    }

    /**
     * Puts {@code key} with {@code value} when it is absent and returns true; leaves the map as it is and returns
     * false when it is there ({@code containsKey}, then {@code put}, with one probe).
     */
    public boolean putIfAbsent(long key, int value) {
        if (key == EMPTY) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            zeroValue = value;
            return true;
        }
        int i = slot(key);
        if (keys[i] == key) {
            return false;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    public void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
        hasZero = false;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** The finaliser of MurmurHash3 (Appleby): spreads keys that differ only in high bits. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
