package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Query;

/**
 * Counts word n-grams of a subcorpus: sequences of {@code n} words in a row that do not cross a sentence end, a
 * number or a URL (see {@link SubcorpusScanner}). The words are the segmenter's, so a Thai bigram is two Thai
 * words. N-grams are written with their words separated by one space.
 */
public final class NgramCounter {
    public static final int MAX_N = 5;
    /** Joins the words of an n-gram while counting; they are shown joined by a space. */
    static final char SEPARATOR = '\u0000';

    private final SubcorpusScanner scanner;

    public NgramCounter(SubcorpusScanner scanner) {
        this.scanner = scanner;
    }

    /** One frequency list per n from {@code fromN} to {@code toN}. */
    public List<FrequencyList> count(Query subcorpus, int fromN, int toN, long min, int top) throws IOException {
        check(fromN, toN);
        NgramTally tally = scanner.scan(subcorpus, () -> new NgramTally(fromN, toN), true, Set.of());
        List<FrequencyList> out = new ArrayList<>();
        for (int n = fromN; n <= toN; n++) {
            out.add(tally.byN[n - fromN].list(n, min, top));
        }
        return out;
    }

    static void check(int fromN, int toN) {
        if (fromN < 1 || toN > MAX_N || fromN > toN) {
            throw new IllegalArgumentException("n-grams of " + fromN + ".." + toN + " words cannot be counted; "
                    + "give n from 1 to " + MAX_N + " (e.g. --n 2 or --n 2..4)");
        }
    }

    /**
     * The n-grams of one document, their words joined by {@link #SEPARATOR}: a character no word holds, so two
     * sequences of words stay two n-grams even when they print the same (Vietnamese words hold spaces: nông dân).
     */
    static List<String> ngrams(String[] words, boolean[] breakBefore, int n) {
        List<String> out = new ArrayList<>();
        StringBuilder gram = new StringBuilder();
        int runStart = 0; // first word of the current unbroken run
        for (int end = 0; end < words.length; end++) {
            if (breakBefore != null && breakBefore[end]) {
                runStart = end;
            }
            int start = end - n + 1;
            if (start < runStart) {
                continue;
            }
            gram.setLength(0);
            for (int i = start; i <= end; i++) {
                if (i > start) {
                    gram.append(SEPARATOR);
                }
                gram.append(words[i]);
            }
            out.add(gram.toString());
        }
        return out;
    }

    static final class NgramTally implements SubcorpusScanner.Tally<NgramTally> {
        final FrequencyTally[] byN;
        private final int fromN;

        NgramTally(int fromN, int toN) {
            this.fromN = fromN;
            this.byN = new FrequencyTally[toN - fromN + 1];
            for (int i = 0; i < byN.length; i++) {
                byN[i] = new FrequencyTally();
            }
        }

        @Override
        public void add(SubcorpusScanner.ScannedDocument doc) {
            for (int i = 0; i < byN.length; i++) {
                byN[i].tokens += doc.words().length; // per-million figures are per million words
                byN[i].addDocument(ngrams(doc.words(), doc.breakBefore(), fromN + i),
                        ngrams(doc.written(), doc.breakBefore(), fromN + i));
            }
        }

        @Override
        public void merge(NgramTally other) {
            for (int i = 0; i < byN.length; i++) {
                byN[i].merge(other.byN[i]);
            }
        }
    }
}
