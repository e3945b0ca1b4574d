package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.MarkFields;

/** Counts the values of a mark field ({@link MarkFields}) over a result, from its doc values. */
final class MarkFacets {
    private MarkFacets() {
    }

    /**
     * Adds to {@code counts} each value's documents among {@code result}, and sets in {@code seen} the documents
     * that have a value.
     */
    static void count(IndexReader reader, FixedBitSet result, String field, Map<String, Long> counts,
                      FixedBitSet seen) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (field.equals(MarkFields.STATUS)) {
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                    if (result.get(leaf.docBase + d)) {
                        counts.merge(MarkFields.status(values.longValue()).value(), 1L, Long::sum);
                        seen.set(leaf.docBase + d);
                    }
                }
                continue;
            }
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                if (!result.get(leaf.docBase + d)) {
                    continue;
                }
                if (field.equals(MarkFields.TAGS)) {
                    for (String tag : MarkFields.decodeTags(values.binaryValue())) {
                        counts.merge(tag, 1L, Long::sum);
                    }
                } else {
                    counts.merge(values.binaryValue().utf8ToString(), 1L, Long::sum);
                }
                seen.set(leaf.docBase + d);
            }
        }
    }
}
