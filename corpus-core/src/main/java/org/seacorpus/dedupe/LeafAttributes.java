package org.seacorpus.dedupe;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;

/**
 * The doc values of one segment that deciding clusters needs (id, status, language, current cluster, loose key,
 * import time, length, language score), read for documents in increasing order. Nothing is loaded from stored
 * fields. Not thread-safe.
 */
final class LeafAttributes {
    private final SortedDocValues idValues;
    private final SortedDocValues statusValues;
    private final SortedDocValues langValues;
    private final SortedDocValues clusterValues;
    private final SortedDocValues looseValues;
    private final SortedNumericDocValues importedValues;
    private final SortedNumericDocValues charsValues;
    private final SortedNumericDocValues scoreValues;
    private int doc = -1;

    String id;
    Status status;
    String lang;
    /** The cluster the document is marked with now, or null. */
    String cluster;
    String looseHash;
    long importedAt;
    long chars;
    double langScore;

    LeafAttributes(LeafReader reader) throws IOException {
        idValues = DocValues.getSorted(reader, Fields.ID);
        statusValues = DocValues.getSorted(reader, Fields.STATUS);
        langValues = DocValues.getSorted(reader, Fields.LANG);
        clusterValues = DocValues.getSorted(reader, Fields.CLUSTER);
        looseValues = DocValues.getSorted(reader, Fields.LOOSE_HASH);
        importedValues = DocValues.getSortedNumeric(reader, Fields.IMPORTED_AT);
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
        String s = string(statusValues);
        status = s == null ? Status.OK : Status.parse(s);
        String l = string(langValues);
        lang = l == null ? "und" : l;
        cluster = string(clusterValues);
        looseHash = string(looseValues);
        importedAt = number(importedValues, Long.MAX_VALUE);
        chars = number(charsValues, 0);
        langScore = NumericUtils.sortableLongToDouble(number(scoreValues, NumericUtils.doubleToSortableLong(0)));
        return this;
    }

    private String string(SortedDocValues values) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private long number(SortedNumericDocValues values, long missing) throws IOException {
        return values.advanceExact(doc) ? values.nextValue() : missing;
    }
}
