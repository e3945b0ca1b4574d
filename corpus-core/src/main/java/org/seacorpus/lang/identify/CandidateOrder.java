package org.seacorpus.lang.identify;

import java.util.List;

/**
 * Candidates best first, in place: a stable insertion sort by descending score. It gives the same order as
 * {@code list.sort(Comparator.comparingDouble(Candidate::score).reversed())} (ties keep their order, scores
 * compared as {@link Double#compare} does) without the comparator chain, which took about a tenth of the
 * Latin-script path's time on Indonesian and Malay sentences (three sorts a sentence; JFR, docs/langid.md). Meant
 * for the short lists of the identifier: one candidate per Latin-script label, about ten.
 */
final class CandidateOrder {
    private CandidateOrder() {
    }

    /** Sorts {@code list} (mutable, random access) best first; stable. */
    static void sortBestFirst(List<Identification.Candidate> list) {
        for (int i = 1; i < list.size(); i++) {
            Identification.Candidate c = list.get(i);
            int j = i - 1;
            if (Double.compare(c.score(), list.get(j).score()) <= 0) {
                continue;   // already in place: the common case, as lists arrive nearly sorted
            }
            while (j >= 0 && Double.compare(c.score(), list.get(j).score()) > 0) {
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, c);
        }
    }
}
