package org.seacorpus.search;

import java.io.IOException;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * Stored fields for reading many documents of a segment in increasing id order, as a scan over a subcorpus does.
 * With best compression, Lucene decompresses a whole block of documents to read one of them; the reader it uses
 * for merging keeps the decompressed block, so reading a run of neighbouring documents decompresses each block
 * once instead of once per document (measured: several times faster on a 100,000-document corpus).
 * Not thread-safe: one per thread and segment.
 */
public final class SequentialStoredFields {
    private SequentialStoredFields() {
    }

    public static StoredFields of(LeafReader leaf) throws IOException {
        if (leaf instanceof CodecReader codec && codec.getFieldsReader() != null) {
            return codec.getFieldsReader().getMergeInstance();
        }
        return leaf.storedFields();
    }
}
