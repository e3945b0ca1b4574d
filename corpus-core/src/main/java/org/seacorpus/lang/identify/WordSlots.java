package org.seacorpus.lang.identify;

/**
 * Where a per-thread memo of words keeps each word: a two-way set-associative index of padded words
 * ({@link FeatureKeys.Sink#word(long, int[], int)}: boundary, letters, boundary) by their 64-bit key, the way of a
 * set used less recently replaced. A slot holds the word's code points, and a word is found only when every code
 * point is the same, so what a memo keeps in a slot is always the word's own (two words of one key are two words).
 * The code points are kept as chars: a word with a code point above U+FFFF, or longer than {@link #STRIDE}, is
 * never kept ({@link #keepable}). Not thread-safe: one per thread.
 */
final class WordSlots {
    /** The longest padded word kept, in code points: the longest the scanner cuts. */
    static final int STRIDE = NgramFeatures.MAX_WORD + 2;

    private final int sets;
    /** The padded word's length in code points per slot (0: empty). */
    private final int[] length;
    private final char[] codePoints;
    /** Per set: the way (0 or 1) used last. */
    private final byte[] recent;

    /** @param sets a power of two; the index has twice as many slots */
    WordSlots(int sets) {
        if (Integer.bitCount(sets) != 1) {
            throw new IllegalArgumentException("sets must be a power of two, got " + sets);
        }
        this.sets = sets;
        this.length = new int[sets * 2];
        this.codePoints = new char[sets * 2 * STRIDE];
        this.recent = new byte[sets];
    }

    /** How many slots: {@code 2 × sets}. */
    int slots() {
        return length.length;
    }

    /** Whether this padded word can be kept: at least one and at most {@link #STRIDE} code points, none above
     * U+FFFF. */
    static boolean keepable(int[] padded, int m) {
        if (m > STRIDE || m == 0) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (padded[i] > Character.MAX_VALUE || padded[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The slot holding the padded word {@code padded[0..m)} of key {@code key}, or −1 − the slot to fill (the way of
     * its set used less recently). A word that is not {@link #keepable} is never found.
     */
    int find(long key, int[] padded, int m) {
        int set = (int) (key ^ (key >>> 32)) & (sets - 1);
        int first = set << 1;
        if (holds(first, padded, m)) {
            recent[set] = 0;
            return first;
        }
        if (holds(first + 1, padded, m)) {
            recent[set] = 1;
            return first + 1;
        }
        return -1 - (first + 1 - recent[set]);
    }

    private boolean holds(int slot, int[] padded, int m) {
        if (length[slot] != m || m == 0) {
            return false;
        }
        int base = slot * STRIDE;
        for (int i = 0; i < m; i++) {
            if (codePoints[base + i] != padded[i]) {
                return false;
            }
        }
        return true;
    }

    /** Forgets what {@code slot} held (before its memo is rewritten). */
    void clear(int slot) {
        length[slot] = 0;
    }

    /**
     * Records a {@link #keepable} word in {@code slot} (a slot {@link #find} gave to fill, after the memo wrote what
     * it keeps for the word there).
     */
    void keep(int slot, int[] padded, int m) {
        int base = slot * STRIDE;
        for (int i = 0; i < m; i++) {
            codePoints[base + i] = (char) padded[i];
        }
        length[slot] = m;
        recent[slot >> 1] = (byte) (slot & 1);
    }
}
