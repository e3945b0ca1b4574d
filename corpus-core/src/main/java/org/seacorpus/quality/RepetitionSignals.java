package org.seacorpus.quality;

import org.seacorpus.util.LongIntHashMap;

/**
 * Word n-gram repetition of one document, after Gopher (Rae et al. 2021, appendix A): the share of characters
 * in the most frequent 2-, 3- and 4-gram, and the share of characters in word 5- to 10-grams that repeat an
 * earlier n-gram. Pure: works on word ids (equal words, equal ids) and word lengths in characters.
 *
 * <p>As datatrove counts it, an n-gram's length is its words joined by one space, so thresholds published for
 * FineWeb-2 keep their meaning. Two differences, on purpose: a top n-gram that occurs once counts 0 (a short
 * text is not repetitive just because it is short), and repeated n-grams mark words rather than skipping ahead,
 * so overlapping repeats are counted once (the paper's wording) and the share never passes 1.
 */
final class RepetitionSignals {
    static final int[] TOP = {2, 3, 4};
    static final int[] DUP = {5, 6, 7, 8, 9, 10};

    private RepetitionSignals() {
    }

    /**
     * @param ids        one id per word, in text order
     * @param lengths    each word's length in characters
     * @param totalChars the document's length in characters (the denominator)
     * @return top-n shares for n = 2, 3, 4 followed by repeated-n shares for n = 5 … 10
     */
    static double[] measure(int[] ids, int[] lengths, long totalChars) {
        return measure(ids, lengths, ids.length, totalChars);
    }

    /**
     * The same for the first {@code words} entries of {@code ids} and {@code lengths} (arrays a thread reuses).
     *
     * <p>Only n-grams that occur twice can count, and an n-gram occurs twice only where the (n-1)-grams at its
     * start and at the next word both do: so each n counts the n-grams at those positions alone (for n = 2, where
     * both words occur twice), with the keys of {@link NgramKeys}, and the positions whose n-gram occurs twice are
     * the next n's. The counts, the first position reaching the top count and the repeats in text order are those
     * of counting every position, as long as no two different n-grams of the document share a 64-bit key (which
     * counting every position would take for a repeat; {@link #key} calls that negligible at document sizes).
     */
    static double[] measure(int[] ids, int[] lengths, int words, long totalChars) {
        double[] out = new double[TOP.length + DUP.length];
        if (totalChars == 0 || words < 2) {
            return out;
        }
        Scratch s = SCRATCH.get().reset(words, ids);
        int[] positions = s.positions; // the positions whose (n-1)-gram occurs twice, ascending
        int count = 0;
        boolean[] twice = s.twice; // true at exactly those positions
        int[] occurrences = s.occurrences;
        for (int i = 0; i < words; i++) {
            occurrences[ids[i]]++;
        }
        for (int i = 0; i < words; i++) {
            if (occurrences[ids[i]] >= 2) {
                twice[i] = true;
                positions[count++] = i;
            }
        }
        int[] candidates = s.candidates;
        long[] sums = s.sums;
        int[] countAt = s.countAt;
        NgramTable table = s.table;
        long power = MULTIPLIER;
        for (int n = 2; n <= DUP[DUP.length - 1] && count > 0; n++) {
            power *= MULTIPLIER;
            long nTimesPower = n * power; // n·C^n, as NgramKeys
            int c = 0;
            for (int k = 0; k < count; k++) {
                int i = positions[k];
                if (i + n <= words && twice[i + 1]) {
                    candidates[c++] = i;
                }
            }
            for (int k = 0; k < count; k++) {
                twice[positions[k]] = false;
            }
            table.reset(c);
            int bestCount = 0;
            int bestStart = -1;
            long repeatedChars = 0;
            int markedTo = 0; // words before this index are counted in repeatedChars already
            for (int k = 0; k < c; k++) {
                int i = candidates[k];
                // a candidate's sum for n-1 is up to date: it was a candidate for n-1
                long sum = n == 2 ? (ids[i] + 1L) * MULTIPLIER + ids[i + 1] + 1 : sums[i] * MULTIPLIER + ids[i + n - 1] + 1;
                sums[i] = sum;
                int first = table.firstOrAdd(LongIntHashMap.mix(nTimesPower + sum), i);
                int seen;
                if (first < 0) {
                    countAt[i] = 1;
                    seen = 1;
                } else {
                    seen = ++countAt[first];
                    twice[first] = true;
                    twice[i] = true;
                    for (int j = Math.max(i, markedTo); j < i + n; j++) {
                        repeatedChars += lengths[j];
                    }
                    markedTo = i + n;
                }
                if (seen > bestCount) {
                    bestCount = seen;
                    bestStart = i;
                }
            }
            if (n <= TOP[TOP.length - 1]) {
                if (n >= TOP[0] && bestCount >= 2) {
                    long chars = n - 1L;
                    for (int j = bestStart; j < bestStart + n; j++) {
                        chars += lengths[j];
                    }
                    out[n - TOP[0]] = Math.min(1.0, (double) chars * bestCount / totalChars);
                }
            } else if (n >= DUP[0]) {
                out[TOP.length + n - DUP[0]] = Math.min(1.0, (double) repeatedChars / totalChars);
            }
            count = 0;
            for (int k = 0; k < c; k++) {
                if (twice[candidates[k]]) {
                    positions[count++] = candidates[k];
                }
            }
        }
        for (int k = 0; k < count; k++) {
            twice[positions[k]] = false;
        }
        return out;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** One thread's arrays for {@link #measure}, grown as documents need and reused. */
    private static final class Scratch {
        int[] positions = new int[0];
        int[] candidates = new int[0];
        int[] countAt = new int[0];
        long[] sums = new long[0];
        boolean[] twice = new boolean[0]; // all false between documents
        int[] occurrences = new int[0];
        final NgramTable table = new NgramTable();

        Scratch reset(int words, int[] ids) {
            if (positions.length < words) {
                int size = Math.max(words, 2 * positions.length);
                positions = new int[size];
                candidates = new int[size];
                countAt = new int[size];
                sums = new long[size];
                twice = new boolean[size];
            }
            int maxId = 0;
            for (int i = 0; i < words; i++) {
                maxId = Math.max(maxId, ids[i]);
            }
            if (occurrences.length <= maxId) {
                occurrences = new int[Math.max(maxId + 1, 2 * occurrences.length)];
            } else {
                java.util.Arrays.fill(occurrences, 0, maxId + 1, 0);
            }
            return this;
        }
    }

    /**
     * The first position of each n-gram key of one n: open addressing by the key's low bits (the keys are mixed
     * already), sized for the candidates of that n and emptied for the next.
     */
    private static final class NgramTable {
        private long[] keys = new long[16];
        private int[] firsts = new int[16];
        private int mask = 15;
        private int zeroFirst = -1; // the key 0 marks an empty slot, so its first position is kept here

        void reset(int expected) {
            int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1);
            if (capacity > keys.length) {
                keys = new long[capacity];
                firsts = new int[capacity];
            } else {
                java.util.Arrays.fill(keys, 0, capacity, 0L);
            }
            mask = capacity - 1;
            zeroFirst = -1;
        }

        /** The first position of {@code key}, or -1 when it is new (it is then added with {@code position}). */
        int firstOrAdd(long key, int position) {
            if (key == 0) {
                int first = zeroFirst;
                if (first < 0) {
                    zeroFirst = position;
                }
                return first;
            }
            int i = (int) key & mask;
            while (true) {
                long k = keys[i];
                if (k == key) {
                    return firsts[i];
                }
                if (k == 0) {
                    keys[i] = key;
                    firsts[i] = position;
                    return -1;
                }
                i = (i + 1) & mask;
            }
        }
    }

    /**
     * The keys of a document's n-grams for one n at a time, n growing. {@link #key} is {@code mix(h)} with
     * {@code h = n·C^n + Σ (ids[from+j]+1)·C^(n-1-j)} in arithmetic modulo 2^64; the sum for n+1 is the sum for n
     * times C plus the next id, so each step costs one multiply-add per position instead of n.
     */
    static final class NgramKeys {
        private final int[] ids;
        private final long[] sums;
        private int n;
        private long nTimesPower; // n·C^n

        NgramKeys(int[] ids) {
            this.ids = ids;
            this.sums = new long[ids.length];
        }

        /** Moves on to n-grams of {@code target} words (at least the current n). */
        void growTo(int target) {
            while (n < target) {
                n++;
                int last = n - 1;
                for (int i = 0; i + last < ids.length; i++) {
                    sums[i] = sums[i] * MULTIPLIER + ids[i + last] + 1;
                }
            }
            long power = 1;
            for (int j = 0; j < n; j++) {
                power *= MULTIPLIER;
            }
            nTimesPower = n * power;
        }

        /** The key of the n-gram starting at {@code from}, equal to {@code key(ids, from, n)}. */
        long key(int from) {
            return LongIntHashMap.mix(nTimesPower + sums[from]);
        }
    }

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /** A 64-bit hash of the n word ids starting at {@code from}; collisions are negligible at document sizes. */
    static long key(int[] ids, int from, int n) {
        long h = n;
        for (int j = from; j < from + n; j++) {
            h = h * MULTIPLIER + ids[j] + 1;
        }
        return LongIntHashMap.mix(h);
    }
}
