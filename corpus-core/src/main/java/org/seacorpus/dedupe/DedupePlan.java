package org.seacorpus.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.Marks;
import org.seacorpus.index.Fields;

/**
 * The marks a dedupe run decided, ready to be written in place: {@link #query} selects the documents concerned
 * and {@link #apply} gives each its new marks. Documents not in the plan keep theirs.
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

    /** The marks the document {@code id} gets (the same instance when the plan leaves it alone). */
    public Marks apply(String id, Marks marks) {
        MarkChange change = changes.get(id);
        return change == null ? marks : change.applyTo(marks);
    }
}
