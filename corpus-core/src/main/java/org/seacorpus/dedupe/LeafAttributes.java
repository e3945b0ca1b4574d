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
    /** Bits of the values read for the current document. */
    private int loaded;
    private String id;
    private Status status;
    private String lang;
    private String cluster;
    private String duplicateOf;
    private int clusterSize;
    private String looseHash;

    /** Ids and loose keys resolved beforehand ({@link KeyTable}), by segment doc id; null where not. */
    private final String[] knownIds;
    private final long[] knownLoose;
    private final int docBase;
    /** Languages by ord (a handful per segment), looked up once each. */
    private final String[] langByOrd;

    LeafAttributes(LeafReader reader) throws IOException {
        this(reader, 0, null, null);
    }

    /**
     * @param knownIds   ids by global doc id, where already resolved (else looked up); may be null
     * @param knownLoose loose keys by global doc id, valid where {@code knownIds} holds an id
     */
    LeafAttributes(LeafReader reader, int docBase, String[] knownIds, long[] knownLoose) throws IOException {
        this.docBase = docBase;
        this.knownIds = knownIds;
        this.knownLoose = knownLoose;
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
        langByOrd = langValues.getValueCount() <= 4096 ? new String[langValues.getValueCount()] : null;
    }

    /**
     * Moves to a document of this segment; calls must come in increasing doc order. Values are read when first
     * asked for (a term lookup of the id or language costs more than the rest), so a pass that needs only the
     * status of most documents reads only that.
     */
    LeafAttributes read(int segmentDoc) {
        if (segmentDoc <= doc) {
            throw new IllegalStateException("doc values read out of order: " + segmentDoc + " after " + doc);
        }
        doc = segmentDoc;
        loaded = 0;
        return this;
    }

    String id() throws IOException {
        if ((loaded & 1) == 0) {
            String known = knownIds == null ? null : knownIds[docBase + doc];
            id = known != null ? known : string(idValues);
            loaded |= 1;
        }
        return id;
    }

    Status status() throws IOException {
        if ((loaded & 2) == 0) {
            status = statusValues.advanceExact(doc) ? MarkFields.status(statusValues.longValue()) : Status.OK;
            loaded |= 2;
        }
        return status;
    }

    String lang() throws IOException {
        if ((loaded & 4) == 0) {
            String l;
            if (langByOrd != null && langValues.advanceExact(doc)) {
                int ord = langValues.ordValue();
                if (langByOrd[ord] == null) {
                    langByOrd[ord] = langValues.lookupOrd(ord).utf8ToString();
                }
                l = langByOrd[ord];
            } else {
                l = string(langValues);
            }
            lang = l == null ? "und" : l;
            loaded |= 4;
        }
        return lang;
    }

    /** The cluster the document is marked with now, or null. */
    String cluster() throws IOException {
        if ((loaded & 8) == 0) {
            cluster = binary(clusterValues);
            duplicateOf = cluster == null ? null : binary(duplicateOfValues);
            clusterSize = cluster != null && sizeValues.advanceExact(doc) ? (int) sizeValues.longValue() : 0;
            loaded |= 8;
        }
        return cluster;
    }

    /** Its duplicate_of mark (null for a kept member or a document in no cluster). */
    String duplicateOf() throws IOException {
        cluster();
        return duplicateOf;
    }

    /** Its cluster_size mark (0 when it has none). */
    int clusterSize() throws IOException {
        cluster();
        return clusterSize;
    }

    String looseHash() throws IOException {
        if ((loaded & 16) == 0) {
            looseHash = string(looseValues);
            loaded |= 16;
        }
        return looseHash;
    }

    /**
     * A 64-bit key of the loose hash ({@link KeyTable#looseKey}; 0 without one): equal loose hashes, equal keys.
     */
    long looseKey() throws IOException {
        if (knownIds != null && knownIds[docBase + doc] != null) {
            return knownLoose[docBase + doc];
        }
        if (!looseValues.advanceExact(doc)) {
            return 0;
        }
        return KeyTable.looseKey(looseValues.lookupOrd(looseValues.ordValue()));
    }

    /** When the document was first imported (its first import run, else its import time). */
    long importedAt() throws IOException {
        return firstValues.advanceExact(doc) ? firstValues.longValue() : number(importedValues, Long.MAX_VALUE);
    }

    /** Its place in its first import run. */
    long sequence() throws IOException {
        return sequenceValues.advanceExact(doc) ? sequenceValues.longValue() : 0;
    }

    long chars() throws IOException {
        return number(charsValues, 0);
    }

    double langScore() throws IOException {
        return NumericUtils.sortableLongToDouble(number(scoreValues, NumericUtils.doubleToSortableLong(0)));
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
