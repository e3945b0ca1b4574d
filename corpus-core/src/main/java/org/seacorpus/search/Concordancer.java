package org.seacorpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.MarksReader;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.document.Marks;

/**
 * Builds a keyword-in-context concordance: every hit of a query, each with its context cut at
 * the document's words ({@link ContextCutter}). Hits are the match offsets Lucene records for the query (a
 * phrase is one hit; overlapping matches, e.g. a word and its syllables, are merged). Every hit is counted, but
 * only the lines shown are cut in full. The hits kept are the first in document-id order, then position
 * ({@link FirstDocumentsById}: the same after any re-import; an index without ids as doc values keeps its own
 * order): unsorted, the first {@code limit}; sorted, up to
 * {@code maxLines} hits are collected with only their sort keys, the words at the positions the keys name read
 * from the index's token fields (no stored text), then the first {@code limit} of the sorted order chosen
 * ({@link KwicSort#sortFirst}: words ranked once, a bounded heap instead of a full sort) and cut. A document
 * stored without token fields has its text cut by its language's segmenter instead.
 */
public final class Concordancer {
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;
    private final Segmenters segmenters;
    private final boolean tokens;

    public Concordancer(IndexReader reader, LanguageAnalyzers analyzers, Segmenters segmenters) {
        this(reader, analyzers, segmenters, true);
    }

    /**
     * @param tokens read the words around hits from the token fields and count hits from postings read once per
     *               segment ({@link HitSpans}); false does what the concordance did before the token fields: hits
     *               from Lucene's matches document by document, every context cut from the stored text with the
     *               segmenter (the baseline the benchmarks measure against, and what tests compare with)
     */
    public Concordancer(IndexReader reader, LanguageAnalyzers analyzers, Segmenters segmenters, boolean tokens) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        this.segmenters = segmenters;
        this.tokens = tokens;
    }

    public KwicResult run(KwicRequest request) throws IOException {
        KwicSort sort = request.sort() == null ? null : KwicSort.parse(request.sort());
        Query query = new CorpusSearcher(reader, analyzers).buildQuery(request.search());
        Query rewritten = searcher.rewrite(query);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        int keep = sort == null ? request.limit() : request.maxLines();
        List<Hit> kept = new ArrayList<>();
        // the hits kept (shown, or collected for sorting) are the first in id order, then position: the same after
        // any re-import, and sorted lines that tie keep that order. An index without ids as doc values keeps its own.
        FirstDocumentsById first = CorpusSearcher.idsHaveDocValues(reader) ? new FirstDocumentsById(keep) : null;
        long documents = 0;
        long hits = 0;
        List<LeafReaderContext> leaves = reader.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortKeys keys = sort == null || first != null ? null : new SortKeys(leaf.reader(), sort);
            if (first != null) {
                first.segment(l, leaf.reader().getSortedDocValues(Fields.ID));
            }
            HitSpans hitSpans = tokens ? HitSpans.of(searcher, rewritten, weight, leaf) : null;
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                documents++;
                List<int[]> spans = hitSpans != null ? hitSpans.spans(doc)
                        : HitSpans.spans(weight.matches(leaf, doc));
                hits += spans.size();
                if (first != null) {
                    first.offer(doc, spans);
                    continue;
                }
                for (int i = 0; i < spans.size() && kept.size() < keep; i++) {
                    Hit hit = new Hit(l, doc, spans.get(i)[0], spans.get(i)[1]);
                    if (keys != null) {
                        keys.fill(hit);
                    }
                    kept.add(hit);
                }
            }
        }
        if (first != null) {
            for (FirstDocumentsById.Held held : first.inIdOrder()) {
                for (int i = 0; i < held.spans().size() && kept.size() < keep; i++) {
                    kept.add(new Hit(held.leaf(), held.doc(), held.spans().get(i)[0], held.spans().get(i)[1]));
                }
            }
            if (sort != null) {
                fillSortKeys(kept, sort);
            }
        }
        if (sort != null) {
            sort.sortFirst(kept, request.search().lang(), request.limit()); // only the lines shown are ordered
        }
        List<KwicLine> shown = lines(kept.subList(0, Math.min(request.limit(), kept.size())), request);
        return new KwicResult(documents, hits, sort != null && hits > request.maxLines(), shown);
    }

    /** Fills the sort keys of hits chosen in id order, reading each segment's documents in increasing order. */
    private void fillSortKeys(List<Hit> hits, KwicSort sort) throws IOException {
        List<Hit> inIndexOrder = new ArrayList<>(hits);
        inIndexOrder.sort(Comparator.<Hit>comparingInt(h -> h.leaf).thenComparingInt(h -> h.doc)
                .thenComparingInt(h -> h.start));
        SortKeys keys = null;
        int leafIndex = -1;
        for (Hit hit : inIndexOrder) {
            if (hit.leaf != leafIndex) {
                leafIndex = hit.leaf;
                keys = new SortKeys(reader.leaves().get(leafIndex).reader(), sort);
            }
            keys.fill(hit);
        }
    }

    /** The lines of these hits, cut in full, in the hits' order (documents read in index order). */
    private List<KwicLine> lines(List<Hit> hits, KwicRequest request) throws IOException {
        Integer[] order = new Integer[hits.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> hits.get(i).leaf)
                .thenComparingInt(i -> hits.get(i).doc).thenComparingInt(i -> hits.get(i).start));
        KwicLine[] out = new KwicLine[hits.size()];
        int leafIndex = -1;
        DocumentTokens docTokens = null;
        StoredFields storedFields = null;
        LeafReader leaf = null;
        org.apache.lucene.document.Document stored = null;
        Marks marks = null;
        int storedDoc = -1;
        for (int i : order) {
            Hit hit = hits.get(i);
            if (hit.leaf != leafIndex) {
                leafIndex = hit.leaf;
                leaf = reader.leaves().get(leafIndex).reader();
                docTokens = tokens ? new DocumentTokens(leaf) : null;
                storedFields = leaf.storedFields();
                storedDoc = -1;
            }
            if (hit.doc != storedDoc) {
                stored = storedFields.document(hit.doc);
                marks = MarksReader.of(leaf, hit.doc); // marks are doc values, not stored
                storedDoc = hit.doc;
            }
            out[i] = line(stored, marks, hit, docTokens != null && docTokens.read(hit.doc) ? docTokens : null,
                    request);
        }
        return Arrays.asList(out);
    }

    private KwicLine line(org.apache.lucene.document.Document stored, Marks marks, Hit hit,
                          DocumentTokens docTokens, KwicRequest request) {
        String text = stored.get(Fields.TEXT);
        String lang = stored.get(Fields.LANG);
        int size = request.context();
        boolean columns = request.columns();
        ContextCutter.Context left;
        ContextCutter.Context right;
        Segmenter segmenter = segmenters.forLanguage(lang);
        if (docTokens != null) {
            int reach = ContextCutter.reach(size, columns);
            int most = columns ? Integer.MAX_VALUE : size;
            DocumentTokens.Text source = new DocumentTokens.Text() {
                @Override
                public String text() {
                    return text;
                }

                @Override
                public Segmenter segmenter() {
                    return segmenter;
                }
            };
            left = ContextCutter.left(text, hit.start, docTokens.before(source, hit.start, most, reach), size,
                    columns);
            right = ContextCutter.right(text, hit.end, docTokens.after(source, hit.end, most, reach), size, columns);
        } else {
            left = ContextCutter.left(text, hit.start, hit.end, segmenter, size, columns);
            right = ContextCutter.right(text, hit.start, hit.end, segmenter, size, columns);
        }
        return new KwicLine(stored.get(Fields.ID), stored.get(Fields.SOURCE), stored.get(Fields.PART),
                stored.get(Fields.TITLE), lang, marks.status().value(),
                marks.duplicate() == null ? null : marks.duplicate().cluster(),
                marks.duplicate() == null ? null : marks.duplicate().duplicateOf(), new ArrayList<>(marks.tags()),
                hit.start, hit.end, left.text(),
                ContextCutter.oneLine(text.substring(hit.start, hit.end)), right.text(), left.words(), right.words());
    }

    /** A hit before it is cut: where it is, and what its sort keys need. */
    private static final class Hit implements KwicSort.Sortable {
        final int leaf;
        final int doc;
        final int start;
        final int end;
        String[] left = new String[0];
        String[] right = new String[0];
        String hitText;
        String source;
        String part;

        Hit(int leaf, int doc, int start, int end) {
            this.leaf = leaf;
            this.doc = doc;
            this.start = start;
            this.end = end;
        }

        @Override
        public String wordAt(int position, boolean leftSide) {
            String[] words = leftSide ? left : right;
            return position <= words.length ? words[position - 1] : "";
        }

        @Override
        public String hit() {
            return hitText;
        }

        @Override
        public String source() {
            return source;
        }

        @Override
        public String part() {
            return part;
        }

        @Override
        public int start() {
            return start;
        }
    }

    /** Fills the sort keys of the hits of one segment, documents in increasing order. */
    private final class SortKeys {
        private final KwicSort sort;
        private final boolean stored;
        private final int left;
        private final int right;
        private final DocumentTokens docTokens;
        private final StoredFields storedFields;
        private int textDoc = -1;
        private org.apache.lucene.document.Document document;

        SortKeys(LeafReader leaf, KwicSort sort) throws IOException {
            this.sort = sort;
            this.stored = sort.readsStoredFields();
            this.left = sort.wordsLeft();
            this.right = sort.wordsRight();
            this.docTokens = tokens ? new DocumentTokens(leaf) : null;
            // sorted concordances read documents in order: decompress each block of stored fields once
            this.storedFields = SequentialStoredFields.of(leaf);
        }

        void fill(Hit hit) {
            try {
                if (stored) {
                    hit.hitText = text(hit.doc).substring(hit.start, hit.end);
                    hit.source = document.get(Fields.SOURCE);
                    hit.part = document.get(Fields.PART);
                }
                if (left + right == 0) {
                    return;
                }
                if (docTokens != null && docTokens.read(hit.doc)) {
                    DocumentTokens.Text source = new DocumentTokens.Text() {
                        @Override
                        public String text() {
                            return SortKeys.this.text(hit.doc);
                        }

                        @Override
                        public Segmenter segmenter() {
                            SortKeys.this.text(hit.doc); // loads the stored document
                            return segmenters.forLanguage(document.get(Fields.LANG));
                        }
                    };
                    hit.left = docTokens.words(hit.start, hit.end, left, true, source);
                    hit.right = docTokens.words(hit.start, hit.end, right, false, source);
                    return;
                }
                String text = text(hit.doc);
                Segmenter segmenter = segmenters.forLanguage(document.get(Fields.LANG));
                hit.left = nearestFirst(ContextCutter.left(text, hit.start, hit.end, segmenter, left, false).words(),
                        true);
                hit.right = ContextCutter.right(text, hit.start, hit.end, segmenter, right, false).words()
                        .toArray(String[]::new);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read document " + hit.doc + ": " + e.getMessage(), e);
            }
        }

        private String text(int doc) {
            if (doc != textDoc) {
                try {
                    document = storedFields.document(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read document " + doc + ": " + e.getMessage(), e);
                }
                textDoc = doc;
            }
            String text = document.get(Fields.TEXT);
            return text == null ? "" : text;
        }

        private static String[] nearestFirst(List<String> words, boolean reverse) {
            List<String> out = new ArrayList<>(words);
            if (reverse) {
                java.util.Collections.reverse(out);
            }
            return out.toArray(String[]::new);
        }
    }
}
