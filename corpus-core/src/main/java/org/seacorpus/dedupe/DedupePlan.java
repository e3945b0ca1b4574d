package org.seacorpus.dedupe;

import java.util.Arrays;
import java.util.Map;

import org.seacorpus.document.Marks;

/**
 * The marks a dedupe run decided, ready to be written in place: the documents concerned, by global doc id of the
 * point-in-time view the run read (in increasing order: their marks are read and written in one forward pass over
 * doc values), each with its id and the marks it gets. Documents not in the plan keep theirs.
 */
public final class DedupePlan {
    /** A document's id and its new dedupe marks. */
    record DocChange(String id, MarkChange change) {
    }

    private final int[] docs;
    private final Map<Integer, DocChange> changes;

    DedupePlan(Map<Integer, DocChange> changes) {
        this.changes = changes;
        this.docs = changes.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(docs);
    }

    /** Documents whose marks may change (those already right are left alone by the writer). */
    public int size() {
        return docs.length;
    }

    /** The global doc ids of the documents concerned, increasing. */
    public int[] docs() {
        return docs.clone();
    }

    /** The id of a document of the plan. */
    public String id(int doc) {
        return changes.get(doc).id();
    }

    /** The marks the document {@code doc} gets (the same instance when the plan leaves it alone). */
    public Marks apply(int doc, Marks marks) {
        DocChange change = changes.get(doc);
        return change == null ? marks : change.change().applyTo(marks);
    }
}
