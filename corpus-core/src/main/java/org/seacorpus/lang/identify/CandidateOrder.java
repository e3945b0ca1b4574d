package org.seacorpus.lang.identify;

/**
 * Candidates best first, in place: a stable insertion sort of label indices by descending score. It gives the same
 * order as {@code list.sort(Comparator.comparingDouble(Candidate::score).reversed())} over the candidates in the
 * indices' order (ties keep their order, scores compared as {@link Double#compare} does), on primitive arrays: the
 * Latin-script path ranks, splits and re-sorts about ten candidates three times a line, and lists of records with
 * a comparator chain took about a tenth of its time on Indonesian and Malay sentences (JFR, docs/langid.md); as
 * index arrays the ranking allocates no candidate until the answer is made. Meant for the short lists of the
 * identifier: one candidate per Latin-script label, about ten.
 */
final class CandidateOrder {
    private CandidateOrder() {
    }

    /** Sorts {@code order[0..n)}, indices into {@code score}, best first; stable. */
    static void sortBestFirst(int[] order, int n, double[] score) {
        for (int i = 1; i < n; i++) {
            int c = order[i];
            int j = i - 1;
            if (Double.compare(score[c], score[order[j]]) <= 0) {
                continue;   // already in place: the common case, as lists arrive nearly sorted
            }
            while (j >= 0 && Double.compare(score[c], score[order[j]]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
    }
}
