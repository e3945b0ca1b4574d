package org.seacorpus.corpus.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.RewriteReport;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkQueries;

/**
 * What happens to documents whose input is gone ({@code on_missing}): a whole file that disappeared, or the
 * documents a changed file no longer yields (a removed dataset row, a removed archive entry). With {@code mark}
 * their {@code ok} documents become {@code rejected} with the tag {@code source-missing}; nothing is deleted,
 * and the mark is undone when the input comes back. Status and tag are marks, changed in place through
 * {@link Corpus#mark}, which commits each change with its record in {@code runs/}.
 */
final class SourceCleanup {
    /** The tag that says why a document was rejected: its input is gone. */
    static final String MISSING_TAG = "source-missing";

    private final Corpus corpus;

    SourceCleanup(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Marks the documents of files that are gone; returns how many changed. */
    long markMissing(Collection<String> sources) {
        if (sources.isEmpty()) {
            return 0;
        }
        return corpus.mark("run-missing", inSet(Fields.SOURCE, sources), SourceCleanup::mark, false, null)
                .changed();
    }

    /**
     * Finds the documents of changed files that the new version did not yield (they still carry an older stamp)
     * and marks them when asked.
     *
     * @return documents found (any status) and documents marked
     */
    RewriteReport stale(java.util.Map<String, String> renewed, boolean mark) {
        if (renewed.isEmpty()) {
            return null;
        }
        Query query = new BooleanQuery.Builder()
                .add(inSet(Fields.SOURCE, renewed.keySet()), BooleanClause.Occur.FILTER)
                .add(inSet(Fields.SOURCE_STAMP, renewed.values()), BooleanClause.Occur.MUST_NOT)
                .build();
        return corpus.mark("run-stale", query, SourceCleanup::mark, !mark, null);
    }

    /** Undoes the mark on documents that came back (their file, or their row, is there again). */
    long restore(java.util.Map<String, String> renewed) {
        if (renewed.isEmpty()) {
            return 0;
        }
        Query query = new BooleanQuery.Builder()
                .add(inSet(Fields.SOURCE, renewed.keySet()), BooleanClause.Occur.FILTER)
                .add(inSet(Fields.SOURCE_STAMP, renewed.values()), BooleanClause.Occur.FILTER)
                .add(MarkQueries.tag(MISSING_TAG), BooleanClause.Occur.FILTER)
                .build();
        return corpus.mark("run-restore", query, SourceCleanup::unmark, false, null).changed();
    }

    static Marks mark(Marks marks) {
        if (marks.status() != Status.OK) {
            return marks; // duplicates and rejected documents are not exported anyway; their reason stays
        }
        Set<String> tags = new TreeSet<>(marks.tags());
        tags.add(MISSING_TAG);
        return marks.withStatus(Status.REJECTED).withTags(tags);
    }

    static Marks unmark(Marks marks) {
        if (!marks.tags().contains(MISSING_TAG)) {
            return marks;
        }
        Set<String> tags = new TreeSet<>(marks.tags());
        tags.remove(MISSING_TAG);
        return marks.withStatus(Status.OK).withTags(tags);
    }

    private static Query inSet(String field, Collection<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(field, terms);
    }
}
