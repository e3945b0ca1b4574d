package org.seacorpus.dedupe;

import java.io.IOException;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;

/**
 * The doc values of one segment that deciding clusters needs (id, status, language, current cluster and its
 * marks, loose key, first import, length, language score), read for documents in increasing order. Nothing is
 * loaded from stored fields. Not thread-safe.
 */
final class LeafAttributes {
    private final SortedDocValues idValues;
    private final NumericDocValues statusValues;
    private final SortedDocValues langValues;
    private final BinaryDocValues clusterValues;
    private final BinaryDocValues duplicateOfValues;
    private final NumericDocValues sizeValues;
    private final SortedDocValues looseValues;
    private final SortedNumericDocValues importedValues;
    private final NumericDocValues firstValues;
    private final NumericDocValues sequenceValues;
    private final SortedNumericDocValues charsValues;
    private final SortedNumericDocValues scoreValues;
    private int doc = -1;

    String id;
    Status status;
    String lang;
    /** The cluster the document is marked with now, or null; with its duplicate_of and size marks. */
    String cluster;
    String duplicateOf;
    int clusterSize;
    String looseHash;
    /** When the document was first imported (its first import run, else its import time), and its place in it. */
    long importedAt;
    long sequence;
    long chars;
    double langScore;

    LeafAttributes(LeafReader reader) throws IOException {
        idValues = DocValues.getSorted(reader, Fields.ID);
        statusValues = DocValues.getNumeric(reader, MarkFields.STATUS);
        langValues = DocValues.getSorted(reader, Fields.LANG);
        clusterValues = DocValues.getBinary(reader, MarkFields.CLUSTER);
        duplicateOfValues = DocValues.getBinary(reader, MarkFields.DUPLICATE_OF);
        sizeValues = DocValues.getNumeric(reader, MarkFields.CLUSTER_SIZE);
        looseValues = DocValues.getSorted(reader, Fields.LOOSE_HASH);
        importedValues = DocValues.getSortedNumeric(reader, Fields.IMPORTED_AT);
        firstValues = DocValues.getNumeric(reader, Fields.FIRST_IMPORTED_AT);
        sequenceValues = DocValues.getNumeric(reader, Fields.FIRST_IMPORT_SEQ);
        charsValues = DocValues.getSortedNumeric(reader, Fields.CHARS);
        scoreValues = DocValues.getSortedNumeric(reader, Fields.LANG_SCORE);
    }

    /** Reads the values of a document of this segment; calls must come in increasing doc order. */
    LeafAttributes read(int segmentDoc) throws IOException {
        if (segmentDoc <= doc) {
            throw new IllegalStateException("doc values read out of order: " + segmentDoc + " after " + doc);
        }
        doc = segmentDoc;
        id = string(idValues);
        status = statusValues.advanceExact(doc) ? MarkFields.status(statusValues.longValue()) : Status.OK;
        String l = string(langValues);
        lang = l == null ? "und" : l;
        cluster = binary(clusterValues);
        duplicateOf = cluster == null ? null : binary(duplicateOfValues);
        clusterSize = cluster != null && sizeValues.advanceExact(doc) ? (int) sizeValues.longValue() : 0;
        looseHash = string(looseValues);
        importedAt = firstValues.advanceExact(doc) ? firstValues.longValue() : number(importedValues, Long.MAX_VALUE);
        sequence = sequenceValues.advanceExact(doc) ? sequenceValues.longValue() : 0;
        chars = number(charsValues, 0);
        langScore = NumericUtils.sortableLongToDouble(number(scoreValues, NumericUtils.doubleToSortableLong(0)));
        return this;
    }

    private String string(SortedDocValues values) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private String binary(BinaryDocValues values) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private long number(SortedNumericDocValues values, long missing) throws IOException {
        return values.advanceExact(doc) ? values.nextValue() : missing;
    }
}
