package org.seacorpus.stats;

import java.util.Arrays;

/**
 * Counts n-grams of word ids (all of one length n) without an object per n-gram: the ids of entry {@code e} are
 * {@code keys[e * n … e * n + n)}, found through an open-addressing table of entry numbers. Each entry has its
 * occurrences and documents; a document counts once per entry (each entry remembers the last document that
 * counted it). Not thread-safe: one per worker, merged at the end.
 */
final class NgramTable {
    private final int n;
    private int[] keys;
    private long[] counts;
    private long[] docs;
    private int[] lastDoc;
    private int entries;
    /** Slot → entry + 1 (0: empty). */
    private int[] slots;
    private int mask;

    NgramTable(int n) {
        this.n = n;
        this.keys = new int[64 * n];
        this.counts = new long[64];
        this.docs = new long[64];
        this.lastDoc = new int[64];
        this.slots = new int[128];
        this.mask = 127;
    }

    int n() {
        return n;
    }

    /** Distinct n-grams counted. */
    int size() {
        return entries;
    }

    long count(int entry) {
        return counts[entry];
    }

    long documents(int entry) {
        return docs[entry];
    }

    /** Id of word {@code k} of an entry. */
    int word(int entry, int k) {
        return keys[entry * n + k];
    }

    /** Counts the n-gram {@code words[from … from + n)} in document {@code doc}. */
    void add(int[] words, int from, int doc) {
        add(words, from, 1, 1, doc);
    }

    /** The entry of {@code words[from … from + n)}, or -1 when it was never counted. */
    int find(int[] words, int from) {
        int slot = slot(words, from);
        return slots[slot] - 1;
    }

    void merge(NgramTable other) {
        for (int e = 0; e < other.entries; e++) {
            add(other.keys, e * n, other.counts[e], other.docs[e], -1);
        }
    }

    private void add(int[] words, int from, long count, long documents, int doc) {
        int slot = slot(words, from);
        int entry = slots[slot] - 1;
        if (entry < 0) {
            entry = entries++;
            if (entry == counts.length) {
                int length = counts.length * 2;
                keys = Arrays.copyOf(keys, length * n);
                counts = Arrays.copyOf(counts, length);
                docs = Arrays.copyOf(docs, length);
                lastDoc = Arrays.copyOf(lastDoc, length);
            }
            System.arraycopy(words, from, keys, entry * n, n);
            slots[slot] = entry + 1;
            if (entries * 2 > slots.length) {
                rehash();
            }
        }
        counts[entry] += count;
        if (doc < 0) {
            docs[entry] += documents;
        } else if (lastDoc[entry] != doc + 1) {
            lastDoc[entry] = doc + 1;
            docs[entry]++;
        }
    }

    private int slot(int[] words, int from) {
        int h = 1;
        for (int k = 0; k < n; k++) {
            h = 31 * h + words[from + k];
        }
        h *= 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0 && !same(slots[slot] - 1, words, from)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean same(int entry, int[] words, int from) {
        int base = entry * n;
        for (int k = 0; k < n; k++) {
            if (keys[base + k] != words[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int e = 0; e < entries; e++) {
            slots[slot(keys, e * n)] = e + 1;
        }
    }
}
