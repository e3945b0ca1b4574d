package org.seacorpus.index;

import java.io.IOException;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.document.MetaEdits;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

/**
 * Reads the {@link Marks} of the documents of one segment from their doc values ({@link MarkFields}). Documents
 * must be asked for in increasing order (doc-values iterators only move forward); for documents in any order,
 * use {@link #of(LeafReader, int)}. Not thread-safe.
 */
public final class MarksReader {
    private final NumericDocValues status;
    private final BinaryDocValues tags;
    private final BinaryDocValues cluster;
    private final BinaryDocValues duplicateOf;
    private final NumericDocValues clusterSize;
    private final BinaryDocValues reason;
    private final BinaryDocValues rejectedAt;
    private final NumericDocValues rejectedFrom;
    private final BinaryDocValues metaEdits;
    private int last = -1;

    public MarksReader(LeafReader leaf) throws IOException {
        status = DocValues.getNumeric(leaf, MarkFields.STATUS);
        tags = DocValues.getBinary(leaf, MarkFields.TAGS);
        cluster = DocValues.getBinary(leaf, MarkFields.CLUSTER);
        duplicateOf = DocValues.getBinary(leaf, MarkFields.DUPLICATE_OF);
        clusterSize = DocValues.getNumeric(leaf, MarkFields.CLUSTER_SIZE);
        reason = DocValues.getBinary(leaf, MarkFields.REJECT_REASON);
        rejectedAt = DocValues.getBinary(leaf, MarkFields.REJECTED_AT);
        rejectedFrom = DocValues.getNumeric(leaf, MarkFields.REJECTED_FROM);
        metaEdits = DocValues.getBinary(leaf, MarkFields.META_EDITS);
    }

    /** The marks of one document of {@code leaf}, in any order (a fresh reader per call). */
    public static Marks of(LeafReader leaf, int doc) throws IOException {
        return new MarksReader(leaf).read(doc);
    }

    /** The marks of {@code doc} (a segment doc id greater than the one asked before). */
    public Marks read(int doc) throws IOException {
        if (doc <= last) {
            throw new IllegalStateException("marks read out of order: " + doc + " after " + last);
        }
        last = doc;
        Status s = status.advanceExact(doc) ? MarkFields.status(status.longValue()) : Status.OK;
        java.util.Set<String> t = tags.advanceExact(doc) ? MarkFields.decodeTags(tags.binaryValue())
                : java.util.Set.of();
        DuplicateMark dup = null;
        if (cluster.advanceExact(doc)) {
            String of = string(duplicateOf, doc);
            int size = clusterSize.advanceExact(doc) ? (int) clusterSize.longValue() : 2;
            dup = new DuplicateMark(cluster.binaryValue().utf8ToString(), of, Math.max(2, size));
        }
        Rejection rejection = null;
        if (reason.advanceExact(doc)) {
            String at = string(rejectedAt, doc);
            Status from = rejectedFrom.advanceExact(doc) ? MarkFields.status(rejectedFrom.longValue()) : Status.OK;
            rejection = new Rejection(reason.binaryValue().utf8ToString(), at == null ? "" : at, from);
        }
        MetaEdits edits = metaEdits.advanceExact(doc) ? MarkFields.metaEdits(metaEdits.binaryValue()) : null;
        return new Marks(s, t, dup, rejection, edits);
    }

    /** Only the status of {@code doc} (same ordering rule as {@link #read}). */
    public static Status status(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? MarkFields.status(values.longValue()) : Status.OK;
    }

    private static String string(BinaryDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return null;
        }
        BytesRef b = values.binaryValue();
        return b.utf8ToString();
    }
}
