package org.seacorpus.stats;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import org.apache.lucene.search.Query;

/** The frequency list of a subcorpus: every word with its frequency, per-million frequency and document frequency. */
public final class FrequencyCounter {
    private final SubcorpusScanner scanner;

    public FrequencyCounter(SubcorpusScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * @param min words occurring fewer times are left out
     * @param top most words listed
     */
    public FrequencyList count(Query subcorpus, long min, int top) throws IOException {
        return tally(subcorpus).tally.list(1, min, top);
    }

    /** The raw tally, for keyness, which compares two subcorpora. */
    WordTally tally(Query subcorpus) throws IOException {
        return scanner.scan(subcorpus, WordTally::new, false, Set.of());
    }

    /** Words of each document into a {@link FrequencyTally}. */
    static final class WordTally implements SubcorpusScanner.Tally<WordTally> {
        final FrequencyTally tally = new FrequencyTally();

        @Override
        public void add(SubcorpusScanner.ScannedDocument doc) {
            tally.tokens += doc.words().length;
            tally.addDocument(Arrays.asList(doc.words()), Arrays.asList(doc.written()));
        }

        @Override
        public void merge(WordTally other) {
            tally.merge(other.tally);
        }
    }
}
