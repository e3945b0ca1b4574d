package org.seacorpus.dedupe;

import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Status;

/** Removing dedupe marks: what undo does to every marked document. Rejected documents stay rejected. */
public final class DedupeMarks {
    private DedupeMarks() {
    }

    /**
     * The name of a cluster: {@code exact-} when all its members are equal after folding, else {@code near-}, and
     * the first 16 characters of its smallest member id, so the same members give the same name on every run.
     */
    public static String clusterName(boolean exact, String smallestId) {
        return (exact ? "exact" : "near") + "-" + smallestId.substring(0, Math.min(16, smallestId.length()));
    }

    /** The document without its cluster and duplicate_of, and with status {@code ok} if it was a duplicate. */
    public static Document clear(Document doc) {
        Status status = doc.status() == Status.DUPLICATE ? Status.OK : doc.status();
        if (doc.annotation(DuplicateMark.class).isEmpty() && status == doc.status()) {
            return doc;
        }
        return new Document(doc.id(), doc.origin(), doc.text(), doc.normalization(), doc.language(), doc.counts(),
                doc.tags(), status, doc.annotations().without(DuplicateMark.class));
    }
}
