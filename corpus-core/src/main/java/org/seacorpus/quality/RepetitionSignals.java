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
        double[] out = new double[TOP.length + DUP.length];
        if (totalChars == 0 || ids.length < 2) {
            return out;
        }
        LongIntHashMap counts = new LongIntHashMap(ids.length);
        // the n-grams' keys for n = 1, 2, ... 10 in turn, each from the last: the same values as key()
        NgramKeys keys = new NgramKeys(ids);
        for (int k = 0; k < TOP.length; k++) {
            keys.growTo(TOP[k]);
            out[k] = top(keys, lengths, TOP[k], totalChars, counts);
        }
        boolean[] marked = new boolean[ids.length];
        for (int k = 0; k < DUP.length; k++) {
            keys.growTo(DUP[k]);
            out[TOP.length + k] = repeated(keys, lengths, DUP[k], totalChars, counts, marked);
        }
        return out;
    }

    private static double top(NgramKeys keys, int[] lengths, int n, long totalChars, LongIntHashMap counts) {
        int words = lengths.length;
        if (words < n) {
            return 0;
        }
        counts.clear();
        int bestCount = 0;
        int bestStart = -1;
        for (int i = 0; i + n <= words; i++) {
            int count = counts.add(keys.key(i), 1);
            if (count > bestCount) {
                bestCount = count;
                bestStart = i;
            }
        }
        if (bestCount < 2) {
            return 0;
        }
        long chars = n - 1L;
        for (int j = bestStart; j < bestStart + n; j++) {
            chars += lengths[j];
        }
        return Math.min(1.0, (double) chars * bestCount / totalChars);
    }

    private static double repeated(NgramKeys keys, int[] lengths, int n, long totalChars, LongIntHashMap seen,
                                   boolean[] marked) {
        int words = lengths.length;
        if (words < n) {
            return 0;
        }
        seen.clear();
        java.util.Arrays.fill(marked, false);
        int markedTo = 0; // words before this index are marked already
        for (int i = 0; i + n <= words; i++) {
            if (!seen.putIfAbsent(keys.key(i), 1)) {
                for (int j = Math.max(i, markedTo); j < i + n; j++) {
                    marked[j] = true;
                }
                markedTo = i + n;
            }
        }
        long chars = 0;
        for (int j = 0; j < words; j++) {
            if (marked[j]) {
                chars += lengths[j];
            }
        }
        return Math.min(1.0, (double) chars / totalChars);
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
