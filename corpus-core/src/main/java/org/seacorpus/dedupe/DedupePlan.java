package org.seacorpus.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.Document;
import org.seacorpus.index.Fields;

/**
 * The marks a dedupe run decided, ready to be written by {@code Corpus.rewrite}: {@link #query} selects the
 * documents concerned and {@link #apply} gives each its new marks. Documents not in the plan keep theirs.
 */
public final class DedupePlan {
    private final Map<String, MarkChange> changes;

    DedupePlan(Map<String, MarkChange> changes) {
        this.changes = changes;
    }

    /** Documents whose marks may change (those already right are left alone by the rewrite). */
    public int size() {
        return changes.size();
    }

    public Query query() {
        List<BytesRef> ids = new ArrayList<>(changes.size());
        changes.keySet().forEach(id -> ids.add(new BytesRef(id)));
        return new TermInSetQuery(Fields.ID, ids);
    }

    public Document apply(Document doc) {
        MarkChange change = changes.get(doc.id());
        return change == null ? doc : change.applyTo(doc);
    }
}
