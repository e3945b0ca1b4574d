package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.Fields;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.search.SequentialStoredFields;
import org.seacorpus.index.WordForm;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * Streams the words of a subcorpus: every document matching a query is read from the stored text and cut into
 * words by its language's segmenter, the same segmenter the import counted words with, so Thai, Lao, Khmer and
 * Burmese words are words and not whitespace chunks. Words are folded ({@link WordForm}); numbers, URLs and
 * punctuation are not words, but they (and sentence ends, when asked) break word sequences.
 *
 * <p>Why re-segment instead of reading term vectors: the index keeps no term vectors (they would double its size),
 * and its terms are the analyzer's, not the segmenter's; one pass of the segmenter over stored text is linear
 * and runs in parallel. Each worker fills its own {@link Tally}; the tallies are merged at the end, so memory
 * grows with the vocabulary, not with the corpus.
 */
public final class SubcorpusScanner {
    /** Documents per unit of work: neighbours, so a worker decompresses each stored-fields block once. */
    private static final int CHUNK = 256;
    /** A segment is read block by block when more than 1 in this many of its documents are selected. */
    private static final int DENSE = 20;

    /**
     * One document's words.
     *
     * @param words       folded word forms in text order
     * @param written     the same words as written in the text
     * @param breakBefore when asked for, true where a sentence end or a non-word (number, URL) comes between
     *                    word {@code i - 1} and word {@code i}; null otherwise
     * @param stored      the stored fields loaded (id, lang and the extra ones asked for)
     */
    public record ScannedDocument(String id, String lang, String[] words, String[] written, boolean[] breakBefore,
                                  org.apache.lucene.document.Document stored) {
    }

    /** What a worker accumulates; {@link #merge} folds another worker's tally into this one. */
    public interface Tally<T extends Tally<T>> {
        void add(ScannedDocument doc);

        void merge(T other);
    }

    private final IndexReader reader;
    private final Segmenters segmenters;
    private final int threads;

    public SubcorpusScanner(IndexReader reader, Segmenters segmenters, int threads) {
        this.reader = reader;
        this.segmenters = segmenters;
        this.threads = Math.max(1, threads);
    }

    public SubcorpusScanner(IndexReader reader, Segmenters segmenters) {
        this(reader, segmenters, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Passes every document matching {@code query} to a tally and returns the merged tally.
     *
     * @param breaks      compute sentence breaks (n-grams need them; the rest do not)
     * @param extraFields stored fields to load besides id, lang and text (e.g. {@code source} to group by)
     */
    public <T extends Tally<T>> T scan(Query query, Supplier<T> tallies, boolean breaks, Set<String> extraFields)
            throws IOException {
        List<Chunk> chunks = chunks(SelectionQuery.matching(reader, query));
        Set<String> fields = new HashSet<>(extraFields);
        fields.add(Fields.ID);
        fields.add(Fields.LANG);
        fields.add(Fields.TEXT);
        int workers = Math.min(threads, Math.max(1, chunks.size()));
        AtomicInteger next = new AtomicInteger();
        return ParallelTallies.run(workers, () -> work(chunks, next, tallies.get(), breaks, fields), T::merge);
    }

    /**
     * A run of neighbouring matching documents of one segment (ids local to the segment); {@code dense} when the
     * subcorpus holds a good share of the segment, so whole blocks are worth decompressing once.
     */
    private record Chunk(int leaf, int[] docs, boolean dense) {
    }

    private List<Chunk> chunks(FixedBitSet matching) {
        List<Chunk> out = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            int maxDoc = leaf.reader().maxDoc();
            boolean dense = matching.cardinality(leaf.docBase, leaf.docBase + maxDoc) * DENSE > maxDoc;
            int[] run = new int[CHUNK];
            int n = 0;
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (matching.get(leaf.docBase + doc)) {
                    run[n++] = doc;
                    if (n == CHUNK) {
                        out.add(new Chunk(l, run, dense));
                        run = new int[CHUNK];
                        n = 0;
                    }
                }
            }
            if (n > 0) {
                out.add(new Chunk(l, Arrays.copyOf(run, n), dense));
            }
        }
        return out;
    }

    private <T extends Tally<T>> T work(List<Chunk> chunks, AtomicInteger next, T tally, boolean breaks,
                                        Set<String> fields) throws IOException {
        Map<Integer, StoredFields> byLeaf = new HashMap<>();
        for (int c = next.getAndIncrement(); c < chunks.size(); c = next.getAndIncrement()) {
            Chunk chunk = chunks.get(c);
            StoredFields stored = byLeaf.get(chunk.leaf());
            if (stored == null) {
                LeafReader leaf = reader.leaves().get(chunk.leaf()).reader();
                stored = chunk.dense() ? SequentialStoredFields.of(leaf) : leaf.storedFields();
                byLeaf.put(chunk.leaf(), stored);
            }
            for (int doc : chunk.docs()) {
                org.apache.lucene.document.Document loaded = stored.document(doc, fields);
                if (fields.contains(Fields.STATUS)) { // a mark: doc values, not stored
                    loaded.add(new org.apache.lucene.document.StoredField(Fields.STATUS, org.seacorpus.index.MarksReader
                            .of(reader.leaves().get(chunk.leaf()).reader(), doc).status().value()));
                }
                tally.add(words(loaded, breaks));
            }
        }
        return tally;
    }

    ScannedDocument words(org.apache.lucene.document.Document doc, boolean breaks) {
        String lang = doc.get(Fields.LANG);
        String text = doc.get(Fields.TEXT);
        Words words = cut(segmenters.forLanguage(lang == null ? "und" : lang), text == null ? "" : text, breaks);
        return new ScannedDocument(doc.get(Fields.ID), lang, words.folded(), words.written(), words.breakBefore(),
                doc);
    }

    /**
     * The words of a text (tokens of kind word), folded and as written.
     *
     * @param breakBefore when asked for, true where a sentence end or a non-word comes between word {@code i - 1}
     *                    and word {@code i}; null otherwise
     */
    record Words(String[] folded, String[] written, boolean[] breakBefore) {
    }

    /** Cuts a text into words as statistics count them (also what the index path does for a text without tokens). */
    static Words cut(Segmenter segmenter, String text, boolean breaks) {
        List<Token> tokens = segmenter.words(text);
        List<int[]> sentences = breaks ? segmenter.sentences(text) : List.of();
        String[] words = new String[tokens.size()];
        String[] written = new String[tokens.size()];
        boolean[] breakBefore = breaks ? new boolean[tokens.size()] : null;
        int n = 0;
        int sentence = 0;
        boolean pendingBreak = false;
        for (Token token : tokens) {
            if (token.kind() != Token.Kind.WORD) {
                pendingBreak = true;
                continue;
            }
            if (breaks) {
                while (sentence < sentences.size() && sentences.get(sentence)[1] <= token.start()) {
                    sentence++;
                    pendingBreak = true;
                }
                breakBefore[n] = pendingBreak && n > 0;
            }
            pendingBreak = false;
            written[n] = token.text();
            words[n++] = WordForm.fold(token.text());
        }
        return new Words(Arrays.copyOf(words, n), Arrays.copyOf(written, n),
                breaks ? Arrays.copyOf(breakBefore, n) : null);
    }
}
