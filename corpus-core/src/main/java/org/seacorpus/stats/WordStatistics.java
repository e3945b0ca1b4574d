package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.segment.Segmenters;

/**
 * Word statistics of subcorpora read from the index: frequency lists, n-grams, collocations, keywords and
 * dispersion, counted from the tokens the import stored as doc values (see {@code index/TokenFields}) instead of
 * cutting every text again. A subcorpus is a Lucene query (usually {@link SelectionQuery#build}); only its
 * documents' tokens are read. The results are those of the text path ({@link FrequencyCounter},
 * {@link NgramCounter}, {@link CollocationFinder}, {@link KeynessCalculator}, {@link DispersionCalculator}, which
 * cut the stored text with the segmenters), and tests hold both to that; documents stored without tokens are cut
 * as the text path cuts them. One instance per point-in-time reader; each call makes one pass (two for n-grams:
 * the second finds how the n-grams listed are written).
 */
public final class WordStatistics {
    private final IndexReader reader;
    private final TokenScanner scanner;

    public WordStatistics(IndexReader reader, Segmenters segmenters) throws IOException {
        this.reader = reader;
        this.scanner = new TokenScanner(reader, segmenters);
    }

    /** As {@link #WordStatistics(IndexReader, Segmenters)} with this many workers. */
    public WordStatistics(IndexReader reader, Segmenters segmenters, int threads) throws IOException {
        this.reader = reader;
        this.scanner = new TokenScanner(reader, segmenters, threads);
    }

    /** The frequency list of a subcorpus (see {@link FrequencyCounter#count}). */
    public FrequencyList frequencies(Query subcorpus, long min, int top) throws IOException {
        return counts(subcorpus).list(scanner.vocabulary(), min, top);
    }

    /** N-grams of {@code fromN} to {@code toN} words (see {@link NgramCounter#count}). */
    public List<FrequencyList> ngrams(Query subcorpus, int fromN, int toN, long min, int top) throws IOException {
        return new IndexedNgrams(scanner).count(matching(subcorpus), fromN, toN, min, top);
    }

    /** Collocates of a node word (see {@link CollocationFinder#find}). */
    public CollocationResult collocations(Query subcorpus, String node, int left, int right,
                                          AssociationMeasure measure, long min, int top) throws IOException {
        return new IndexedCollocations(scanner).find(matching(subcorpus), node, left, right, measure, min, top);
    }

    /** Keywords of a focus subcorpus against a reference (see {@link KeynessCalculator#compare}). */
    public KeynessResult keyness(Query focus, Query reference, KeynessCalculator.Measure measure, double smoothing,
                                 long min, int top) throws IOException {
        if (smoothing <= 0) {
            throw new IllegalArgumentException("the smoothing constant must be above 0, not " + smoothing);
        }
        WordCounts f = counts(focus);
        WordCounts r = counts(reference);
        Vocabulary vocabulary = scanner.vocabulary();
        List<Keyword> positive = new ArrayList<>();
        List<Keyword> negative = new ArrayList<>();
        int size = Math.max(f.frequency.length, r.frequency.length);
        for (int w = 0; w < size; w++) {
            long a = f.frequency(w);
            long b = r.frequency(w);
            if (a == 0 && b == 0) {
                continue;
            }
            double fpm1 = FrequencyTally.perMillion(a, f.tokens);
            double fpm2 = FrequencyTally.perMillion(b, r.tokens);
            if (fpm1 > fpm2 && a >= min || fpm1 < fpm2 && b >= min) {
                Keyword k = KeynessCalculator.keyword(vocabulary.forms().text(w), a, f.tokens, b, r.tokens,
                        smoothing);
                (fpm1 > fpm2 ? positive : negative).add(k);
            }
        }
        return KeynessCalculator.result(f.tokens, f.documents, r.tokens, r.documents, measure, smoothing, top,
                positive, negative, k -> written(vocabulary, k, f, r));
    }

    /** Range and DP of words over documents or the values of a field (see {@link DispersionCalculator#measure}). */
    public DispersionResult dispersion(Query subcorpus, List<String> words, String partsBy) throws IOException {
        return new IndexedDispersion(scanner).measure(matching(subcorpus), words, partsBy);
    }

    /** Documents whose words were cut from their stored text because they have no tokens stored (an old index). */
    public long textDocuments() {
        return scanner.textDocuments();
    }

    private WordCounts counts(Query subcorpus) throws IOException {
        int size = scanner.vocabulary().forms().size();
        return scanner.scan(matching(subcorpus), () -> new WordCounts(size), null);
    }

    private FixedBitSet matching(Query subcorpus) throws IOException {
        return SelectionQuery.matching(reader, subcorpus);
    }

    /** How a keyword is most often written in the focus and the reference together. */
    private static String written(Vocabulary vocabulary, Keyword k, WordCounts f, WordCounts r) {
        int id = vocabulary.forms().find(k.form());
        Map<Integer, String> shown = WordCounts.shown(vocabulary, new int[] {id},
                w -> f.frequency(w) + r.frequency(w), f.written, r.written);
        return shown.get(id);
    }
}
