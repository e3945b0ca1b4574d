package org.seacorpus.stats;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

/**
 * Counts per {@code long} key without boxing (open addressing, linear probing, at most half full): how often
 * each pair of a folded form and a written form occurs, packed into one key. Not thread-safe.
 */
final class LongCounter {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private long[] counts;
    private int size;
    private int mask;

    LongCounter() {
        keys = new long[64];
        Arrays.fill(keys, EMPTY);
        counts = new long[64];
        mask = 63;
    }

    /** Packs two non-negative ints into one key. */
    static long pair(int high, int low) {
        return (long) high << 32 | (low & 0xFFFFFFFFL);
    }

    static int high(long key) {
        return (int) (key >>> 32);
    }

    static int low(long key) {
        return (int) key;
    }

    void add(long key, long delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
            counts[i] = delta;
            if (size * 2 > keys.length) {
                grow();
            }
        } else {
            counts[i] += delta;
        }
    }

    long get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : counts[i];
    }

    int size() {
        return size;
    }

    void merge(LongCounter other) {
        other.forEach((key, count) -> {
            add(key, count);
            return 0;
        });
    }

    /** Calls {@code visitor} with each key and its count (the visitor's result is ignored). */
    void forEach(LongBinaryOperator visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.applyAsLong(keys[i], counts[i]);
            }
        }
    }

    private int slot(long key) {
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new long[keys.length];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
