package org.seacorpus.corpus;

import java.io.IOException;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarksReader;

/**
 * Walks the live documents a query matches in the committed state a {@link CorpusStore} opened, and changes them:
 * their marks in place (doc-values updates), or, when more than marks changed, the whole document. Counts what it
 * matched and changed, and keeps the ids it changed for the audit record.
 */
final class ChangeWalker {
    private final CorpusStore store;

    ChangeWalker(CorpusStore store) {
        this.store = store;
    }

    /** Told of each document a change reaches: before and after. */
    interface RewriteListener {
        void changed(Document before, Document after);
    }

    /**
     * Changes stored documents in place: each live document matching {@code query} (in the committed state this
     * store opened) is read back, passed to {@code change}, and written again when the result differs. When only
     * its marks changed, they are updated in place; otherwise the document is re-indexed, keeping its import
     * fingerprint and time, so a later re-import still sees the input as unchanged. Nothing is committed: the
     * caller commits with its audit record ({@link #commit(String, Object)}).
     */
    Counts rewrite(Query query, UnaryOperator<Document> change, boolean dryRun, RewriteListener listener)
            throws IOException {
        Counts counts = new Counts();
        forEachMatch(query, (leaf, doc, live) -> {
            counts.matched++;
            DocumentMapper.Stored stored = store.mapper().fromLucene(leaf.reader(), doc);
            Document before = stored.document();
            Document after = change.apply(before);
            if (after.equals(before)) {
                return;
            }
            counts.changed(after.id());
            listener.changed(before, after);
            if (dryRun) {
                return;
            }
            if (sameButMarks(before, after)) {
                store.updateMarks(after.id(), before.marks(), after.marks());
                counts.inPlace++;
            } else {
                store.rewrite(stored, after);
            }
        });
        return counts;
    }

    /**
     * Changes the marks of each live document matching {@code query}, in place, reading nothing but doc values
     * (and the stored {@code part} when {@code withParts}). Nothing is committed.
     */
    Counts mark(Query query, MarkChanger change, boolean dryRun, MarkedDocument.Listener listener, boolean withParts)
            throws IOException {
        Counts counts = new Counts();
        LeafState[] current = new LeafState[1];
        forEachMatch(query, (leaf, doc, live) -> {
            counts.matched++;
            if (current[0] == null || current[0].leaf != leaf) {
                current[0] = new LeafState(leaf);
            }
            LeafState state = current[0];
            String id = state.string(state.ids, doc);
            Marks before = state.marks.read(doc);
            Marks after = change.apply(id, before);
            if (after.equals(before)) {
                return;
            }
            counts.changed(id);
            if (listener != null) {
                String part = withParts ? leaf.reader().storedFields().document(doc, Set.of(Fields.PART))
                        .get(Fields.PART) : null;
                listener.changed(new MarkedDocument(id, state.string(state.langs, doc), state.string(state.sources, doc),
                        part == null ? "" : part), before, after);
            }
            if (!dryRun) {
                store.updateMarks(id, before, after);
                counts.inPlace++;
            }
        });
        return counts;
    }

    /** The new marks of a document, by its global doc id (the same instance when nothing changes). */
    @FunctionalInterface
    interface DocChanger {
        Marks apply(int doc, Marks marks);
    }

    /**
     * Changes the marks of the given documents (global doc ids of the store's committed state, increasing), in
     * place, in one forward pass over their doc values: no query, no id lookup ({@code idOf} gives each one's id,
     * for the audit record), each update addressed by its doc id ({@link CorpusStore#updateMarks(int, String,
     * Marks, Marks)}). What dedupe writes.
     */
    Counts markDocs(int[] docs, java.util.function.IntFunction<String> idOf, DocChanger change, boolean dryRun,
                    MarkedDocument.Listener listener) throws IOException {
        Counts counts = new Counts();
        java.util.List<LeafReaderContext> leaves = store.reader().leaves();
        LeafState state = null;
        for (int doc : docs) {
            if (state == null || doc >= state.leaf.docBase + state.leaf.reader().maxDoc()) {
                state = new LeafState(leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves)));
            }
            counts.matched++;
            int local = doc - state.leaf.docBase;
            Marks before = state.marks.read(local);
            Marks after = change.apply(doc, before);
            if (after.equals(before)) {
                continue;
            }
            String id = idOf.apply(doc);
            counts.changed(id);
            if (listener != null) {
                listener.changed(new MarkedDocument(id, state.string(state.langs, local),
                        state.string(state.sources, local), ""), before, after);
            }
            if (!dryRun) {
                store.updateMarks(doc, id, before, after);
                counts.inPlace++;
            }
        }
        return counts;
    }

    /** The new marks of a document (the same instance when nothing changes). */
    @FunctionalInterface
    interface MarkChanger {
        Marks apply(String id, Marks marks);
    }

    /** Doc values of one segment, read in increasing doc order. */
    private static final class LeafState {
        final LeafReaderContext leaf;
        final MarksReader marks;
        final SortedDocValues ids;
        final SortedDocValues langs;
        final SortedDocValues sources;

        LeafState(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            marks = new MarksReader(leaf.reader());
            ids = DocValues.getSorted(leaf.reader(), Fields.ID);
            langs = DocValues.getSorted(leaf.reader(), Fields.LANG);
            sources = DocValues.getSorted(leaf.reader(), Fields.SOURCE);
        }

        String string(SortedDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }
    }

    private interface MatchVisitor {
        void visit(LeafReaderContext leaf, int doc, Bits live) throws IOException;
    }

    private void forEachMatch(Query query, MatchVisitor visitor) throws IOException {
        IndexSearcher existing = store.searcher();
        Weight weight = existing.createWeight(existing.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : store.reader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    visitor.visit(leaf, doc, live);
                }
            }
        }
    }

    /** True when two versions of a document differ only in their marks (status, tags, cluster, rejection). */
    static boolean sameButMarks(Document a, Document b) {
        return a.withMarks(Marks.NONE).equals(b.withMarks(Marks.NONE));
    }

    /** What a change matched and changed, and the ids it changed. */
    static final class Counts {
        long matched;
        long inPlace;
        final java.util.List<String> ids = new java.util.ArrayList<>();

        void changed(String id) {
            ids.add(id);
        }

        long changed() {
            return ids.size();
        }
    }
}
