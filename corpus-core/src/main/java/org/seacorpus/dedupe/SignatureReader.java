package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.index.Fields;

/**
 * Reads a binary doc-values field of the dedupe keys (the MinHash signatures, or the shingle sets) by global doc
 * id, one document at a time, in any order: only the members of the bucket at hand are ever in memory.
 *
 * <p>Doc-values iterators only move forward, and buckets ask for documents in no particular order. Opening a
 * fresh iterator for each step back was the largest cost of checking candidates (JFR: two thirds of the exact
 * Jaccard checks' time at 100k documents), so each segment keeps a few iterators at different positions, and a
 * read moves the one closest below the document asked for (a forward move is cheap: a dense field jumps straight
 * to the document). A new iterator is opened only when every one of them is past the document. Not thread-safe.
 */
final class SignatureReader {
    /** Iterators kept per segment. */
    private static final int PER_SEGMENT = 8;

    private final List<LeafReaderContext> leaves;
    private final BinaryDocValues[][] iterators;
    private final int[] next;
    private final boolean[] absent;
    private final String field;

    SignatureReader(IndexReader reader) {
        this(reader, Fields.MINHASH);
    }

    /** A reader of another binary doc-values field of the dedupe keys (e.g. the shingle sets). */
    SignatureReader(IndexReader reader, String field) {
        this.leaves = reader.leaves();
        this.iterators = new BinaryDocValues[leaves.size()][PER_SEGMENT];
        this.next = new int[leaves.size()];
        this.absent = new boolean[leaves.size()];
        this.field = field;
    }

    /** The value of a document (a copy), or null when it has none (e.g. too short to shingle). */
    byte[] read(int globalDoc) throws IOException {
        BytesRef bytes = readRef(globalDoc);
        return bytes == null ? null : Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }

    /**
     * The value of a document, or null: the iterator's own bytes, valid until the next call (copy what must be
     * kept longer).
     */
    BytesRef readRef(int globalDoc) throws IOException {
        int index = ReaderUtil.subIndex(globalDoc, leaves);
        if (absent[index]) {
            return null;
        }
        LeafReaderContext leaf = leaves.get(index);
        int doc = globalDoc - leaf.docBase;
        BinaryDocValues[] pool = iterators[index];
        BinaryDocValues best = null;
        for (BinaryDocValues values : pool) { // the iterator closest below doc
            if (values != null && values.docID() < doc && (best == null || values.docID() > best.docID())) {
                best = values;
            }
        }
        if (best == null) {
            best = leaf.reader().getBinaryDocValues(field);
            if (best == null) {
                absent[index] = true;
                return null;
            }
            pool[next[index]] = best; // replaces the iterators in turn
            next[index] = (next[index] + 1) % PER_SEGMENT;
        }
        return best.advanceExact(doc) ? best.binaryValue() : null;
    }
}
