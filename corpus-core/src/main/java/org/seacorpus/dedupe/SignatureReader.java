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
 * Reads MinHash signatures by global doc id from the {@code minhash} doc values, one document at a time: only
 * the members of the bucket at hand are ever in memory. Doc values iterators only move forward, so a request
 * for an earlier document of a segment opens a fresh iterator (cheap: no data is read until it is asked for).
 * Not thread-safe.
 */
final class SignatureReader {
    private final List<LeafReaderContext> leaves;
    private final BinaryDocValues[] iterators;
    private final String field;

    SignatureReader(IndexReader reader) {
        this(reader, Fields.MINHASH);
    }

    /** A reader of another binary doc-values field of the dedupe keys (e.g. the shingle sets). */
    SignatureReader(IndexReader reader, String field) {
        this.leaves = reader.leaves();
        this.iterators = new BinaryDocValues[leaves.size()];
        this.field = field;
    }

    /** The signature of a document, or null when it has none (too short to shingle). */
    byte[] read(int globalDoc) throws IOException {
        int index = ReaderUtil.subIndex(globalDoc, leaves);
        LeafReaderContext leaf = leaves.get(index);
        int doc = globalDoc - leaf.docBase;
        BinaryDocValues values = iterators[index];
        if (values == null || values.docID() >= doc) {
            values = leaf.reader().getBinaryDocValues(field);
            iterators[index] = values;
            if (values == null) {
                return null;
            }
        }
        if (!values.advanceExact(doc)) {
            return null;
        }
        BytesRef bytes = values.binaryValue();
        return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }
}
