package org.seacorpus.index;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * {@link QualitySignals} as one stored field ({@code quality.signals}) to read them back, and for statistics one
 * compact binary doc value ({@code quality_values}, {@link QualityValues}; layout {@link NumericLayout#DOC_VALUES})
 * or, in a corpus of the older {@link NumericLayout#POINTS} layout, one numeric field per signal
 * ({@code quality.<signal>}, points and doc values). Nothing filters or sorts by a single signal, so the 24 fields
 * (24 BKD trees and 24 doc-values entries at every flush and merge) became one.
 * <p>
 * The stored field holds the doc value's bytes behind a format byte {@link #COMPACT} (about 60 bytes a document).
 * It used to hold the measuring version as a 4-byte int and the 24 values as 8-byte doubles (196 bytes, whose first
 * byte, the version's highest, is 0); both read back. The stored fields are compressed with DEFLATE as documents
 * are added, and at 100k documents these bytes were a tenth of what import gave it.
 */
final class QualitySignalsFields implements AnnotationFields<QualitySignals> {
    private static final int COUNT = Signal.values().length;
    /** First byte of the stored field in the compact form (the old fixed form starts with 0). */
    static final byte COMPACT = 1;
    private final NumericLayout layout;

    QualitySignalsFields(NumericLayout layout) {
        this.layout = layout;
    }

    @Override
    public Class<QualitySignals> type() {
        return QualitySignals.class;
    }

    @Override
    public void write(QualitySignals signals, org.apache.lucene.document.Document out) {
        if (layout == NumericLayout.POINTS) {
            for (Signal signal : Signal.values()) {
                out.add(new DoubleField(Fields.qualityField(signal.key()), signals.get(signal), Field.Store.NO));
            }
        }
        BytesRef compact = QualityValues.encode(signals);
        byte[] stored = new byte[1 + compact.length];
        stored[0] = COMPACT;
        System.arraycopy(compact.bytes, compact.offset, stored, 1, compact.length);
        out.add(new StoredField(Fields.QUALITY_SIGNALS, new BytesRef(stored)));
        if (layout == NumericLayout.DOC_VALUES) {
            out.add(new BinaryDocValuesField(Fields.QUALITY_VALUES, compact));
        }
    }

    @Override
    public Optional<QualitySignals> read(org.apache.lucene.document.Document stored) {
        IndexableField field = stored.getField(Fields.QUALITY_SIGNALS);
        if (field == null || field.binaryValue() == null) {
            return Optional.empty();
        }
        return decode(field.binaryValue());
    }

    /** The signals of one stored value; empty when it was written by another set of signals (measure again). */
    static Optional<QualitySignals> decode(BytesRef bytes) {
        if (bytes.length > 0 && bytes.bytes[bytes.offset] == COMPACT) {
            return QualityValues.decode(new BytesRef(bytes.bytes, bytes.offset + 1, bytes.length - 1), COUNT);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int version = in.getInt();
        if (in.remaining() != COUNT * Double.BYTES) {
            return Optional.empty(); // written by another set of signals: measure again
        }
        double[] values = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            values[i] = in.getDouble();
        }
        return Optional.of(new QualitySignals(version, values));
    }
}
