package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.ByteBlockPool;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LeafTokens;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.segment.Segmenters;

/**
 * Streams the words of a subcorpus from the index: each selected document's tokens are read from the token doc
 * values the import wrote ({@link LeafTokens}) and handed to a tally as ids of one {@link Vocabulary}, with no
 * stored text read and nothing cut again. A document without token fields (imported before they existed) is
 * read from its stored text and cut by its language's segmenter, as {@link SubcorpusScanner} does, so an old
 * index gives the same counts, only slower; {@link #textDocuments()} says how many were. Workers (one tally each)
 * take runs of neighbouring documents; the tallies are merged at the end.
 */
final class TokenScanner {
    /** Documents per unit of work. */
    private static final int CHUNK = 2048;

    /** What a worker accumulates; {@link #merge} folds another worker's tally into this one. */
    interface Tally<T extends Tally<T>> {
        void add(WordRun run);

        void merge(T other);
    }

    private final IndexReader reader;
    private final Segmenters segmenters;
    private final int threads;
    private final Vocabulary vocabulary;
    private final AtomicLong textDocuments = new AtomicLong();

    TokenScanner(IndexReader reader, Segmenters segmenters, int threads) throws IOException {
        this.reader = reader;
        this.segmenters = segmenters;
        this.threads = Math.max(1, threads);
        this.vocabulary = new Vocabulary(reader);
    }

    TokenScanner(IndexReader reader, Segmenters segmenters) throws IOException {
        this(reader, segmenters, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    Segmenters segmenters() {
        return segmenters;
    }

    /** Documents read so far whose words came from cutting their stored text (no token fields). */
    long textDocuments() {
        return textDocuments.get();
    }

    /**
     * Passes every live document matching {@code query} to a tally and returns the merged tally.
     *
     * @param partField null, or a field whose value each run carries in {@link WordRun#part}
     */
    <T extends Tally<T>> T scan(Query query, Supplier<T> tallies, String partField) throws IOException {
        return scan(SelectionQuery.matching(reader, query), tallies, partField);
    }

    /** As {@link #scan(Query, Supplier, String)}, over documents already selected. */
    <T extends Tally<T>> T scan(FixedBitSet matching, Supplier<T> tallies, String partField) throws IOException {
        List<int[]> chunks = chunks(matching);
        int workers = Math.min(threads, Math.max(1, chunks.size()));
        AtomicInteger next = new AtomicInteger();
        if (workers == 1) {
            return work(chunks, next, tallies.get(), partField, matching);
        }
        return ParallelTallies.run(workers, () -> work(chunks, next, tallies.get(), partField, matching), T::merge);
    }

    /** Runs of matching documents within one segment: {leaf, first doc, last doc + 1} (ids local to the leaf). */
    private List<int[]> chunks(FixedBitSet matching) {
        List<int[]> out = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            int maxDoc = leaf.reader().maxDoc();
            for (int from = 0; from < maxDoc; from += CHUNK) {
                int to = Math.min(maxDoc, from + CHUNK);
                if (matching.cardinality(leaf.docBase + from, leaf.docBase + to) > 0) {
                    out.add(new int[] {l, from, to});
                }
            }
        }
        return out;
    }

    private <T extends Tally<T>> T work(List<int[]> chunks, AtomicInteger next, T tally, String partField,
                                        FixedBitSet matching) throws IOException {
        LeafState state = null;
        WordRun run = new WordRun();
        FormCache formCache = new FormCache(vocabulary.forms());
        FormCache surfaceCache = new FormCache(vocabulary.surfaces());
        for (int c = next.getAndIncrement(); c < chunks.size(); c = next.getAndIncrement()) {
            int[] chunk = chunks.get(c);
            if (state == null || state.leaf != chunk[0]) {
                state = new LeafState(chunk[0], partField, formCache, surfaceCache);
            }
            int base = state.context.docBase;
            int end = base + chunk[2];
            for (int doc = matching.nextSetBit(base + chunk[1]); doc < end;
                 doc = doc + 1 < matching.length() ? matching.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                state.read(doc - base, run);
                tally.add(run);
            }
        }
        return tally;
    }

    /** What a worker holds for the segment it is reading. */
    private final class LeafState {
        final int leaf;
        final LeafReaderContext context;
        final LeafTokens tokens;
        final LongValues formIds;
        final LongValues surfaceIds;
        final SortedDocValues langs;
        final String[] langNames;
        final String partField;
        final SortedDocValues partValues;
        final FormCache formCache;
        final FormCache surfaceCache;

        LeafState(int leaf, String partField, FormCache formCache, FormCache surfaceCache) throws IOException {
            this.formCache = formCache;
            this.surfaceCache = surfaceCache;
            this.leaf = leaf;
            this.context = reader.leaves().get(leaf);
            LeafReader r = context.reader();
            this.tokens = LeafTokens.of(r);
            this.formIds = vocabulary.forms().ids(leaf);
            this.surfaceIds = vocabulary.surfaces().ids(leaf);
            this.langs = DocValues.getSorted(r, Fields.LANG);
            this.langNames = new String[Math.toIntExact(langs.getValueCount())];
            this.partField = partField;
            FieldInfo info = partField == null ? null : r.getFieldInfos().fieldInfo(partField);
            this.partValues = info != null && info.getDocValuesType() == DocValuesType.SORTED
                    ? r.getSortedDocValues(partField) : null;
        }

        void read(int doc, WordRun run) throws IOException {
            run.clear(context.docBase + doc, lang(doc));
            if (partField != null) {
                run.part = part(doc);
            }
            if (!tokens.read(doc, formIds, surfaceIds, formCache, surfaceCache)) {
                textDocuments.incrementAndGet();
                cut(doc, run);
                return;
            }
            boolean broken = false;
            for (int i = 0; i < tokens.size(); i++) {
                broken |= tokens.sentenceBefore(i);
                if (!tokens.isWord(i)) {
                    broken = true;
                    continue;
                }
                run.add(tokens.form(i), tokens.surface(i), broken);
                broken = false;
            }
        }

        private String lang(int doc) throws IOException {
            if (!langs.advanceExact(doc)) {
                return "und";
            }
            int ord = langs.ordValue();
            if (langNames[ord] == null) {
                langNames[ord] = langs.lookupOrd(ord).utf8ToString();
            }
            return langNames[ord];
        }

        private String part(int doc) throws IOException {
            if (partValues != null) {
                return partValues.advanceExact(doc) ? partValues.lookupOrd(partValues.ordValue()).utf8ToString()
                        : null;
            }
            return context.reader().storedFields().document(doc, Set.of(partField)).get(partField);
        }

        /** The words of a document without token fields, cut from its stored text as the text path does. */
        private void cut(int doc, WordRun run) throws IOException {
            String text = context.reader().storedFields().document(doc, Set.of(Fields.TEXT)).get(Fields.TEXT);
            SubcorpusScanner.Words words = SubcorpusScanner.cut(segmenters.forLanguage(run.lang),
                    text == null ? "" : text, true);
            for (int i = 0; i < words.folded().length; i++) {
                String written = words.written()[i];
                String folded = words.folded()[i];
                run.add(vocabulary.forms().intern(folded),
                        written.equals(folded) ? -1 : vocabulary.surfaces().intern(written), words.breakBefore()[i]);
            }
        }
    }

    /**
     * A worker's ids of the forms it met by their bytes (token format 2), in front of the shared, locked
     * {@link Vocabulary}: each distinct form reaches the shared table once per worker. A form's id does not depend
     * on the segment, so the cache serves all of them.
     */
    static final class FormCache implements LeafTokens.FormIds {
        private final Vocabulary.Dictionary dictionary;
        private final BytesRefHash seen = new BytesRefHash();
        private final BytesRef scratch = new BytesRef();
        private int[] ids = new int[1024];

        FormCache(Vocabulary.Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        @Override
        public int id(byte[] bytes, int offset, int length) {
            if (length + 2 > ByteBlockPool.BYTE_BLOCK_SIZE) {
                return dictionary.intern(bytes, offset, length);
            }
            scratch.bytes = bytes;
            scratch.offset = offset;
            scratch.length = length;
            int entry = seen.add(scratch);
            if (entry < 0) {
                return ids[-1 - entry];
            }
            if (entry == ids.length) {
                ids = ArrayUtil.grow(ids, entry + 1);
            }
            int id = dictionary.intern(bytes, offset, length);
            ids[entry] = id;
            return id;
        }
    }
}
