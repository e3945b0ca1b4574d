package org.seacorpus.dedupe;

import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Status;

/**
 * The dedupe marks one document should carry after a run: its cluster, the member kept in its place (null for
 * the kept one) and its status; or {@link #CLEAR}: no marks, and {@code duplicate} back to {@code ok}.
 */
record MarkChange(String cluster, String duplicateOf, Status status) {
    static final MarkChange CLEAR = new MarkChange(null, null, Status.OK);

    boolean clears() {
        return cluster == null;
    }

    Document applyTo(Document doc) {
        if (clears()) {
            return DedupeMarks.clear(doc);
        }
        return doc.with(new DuplicateMark(cluster, duplicateOf)).withStatus(status);
    }
}
