package org.seacorpus.dedupe;

import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Status;

/**
 * The dedupe marks one document should carry after a run: its cluster, the member kept in its place (null for
 * the kept one), the cluster's size and its status; or {@link #CLEAR}: no cluster, and {@code duplicate} back to
 * {@code ok}. Tags, rejections and metadata edits are never touched.
 */
record MarkChange(String cluster, String duplicateOf, int size, Status status) {
    static final MarkChange CLEAR = new MarkChange(null, null, 0, Status.OK);

    boolean clears() {
        return cluster == null;
    }

    Marks applyTo(Marks marks) {
        if (clears()) {
            return marks.withoutDuplicate();
        }
        return marks.withDuplicate(new DuplicateMark(cluster, duplicateOf, size)).withStatus(status);
    }
}
