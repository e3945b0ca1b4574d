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
 * {@link QualitySignals} as one compact stored field ({@code quality.signals}, the measuring version followed by the
 * values) to read them back, and for statistics one compact binary doc value ({@code quality_values},
 * {@link QualityValues}; layout {@link NumericLayout#DOC_VALUES}) or, in a corpus of the older {@link NumericLayout#POINTS} layout, one
 * numeric field per signal ({@code quality.<signal>}, points and doc values). Nothing filters or sorts by a single
 * signal, so the 24 fields (24 BKD trees and 24 doc-values entries at every flush and merge) became one.
 */
final class QualitySignalsFields implements AnnotationFields<QualitySignals> {
    private static final int COUNT = Signal.values().length;
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
        ByteBuffer stored = ByteBuffer.allocate(Integer.BYTES + COUNT * Double.BYTES);
        stored.putInt(signals.version());
        for (Signal signal : Signal.values()) {
            double value = signals.get(signal);
            if (layout == NumericLayout.POINTS) {
                out.add(new DoubleField(Fields.qualityField(signal.key()), value, Field.Store.NO));
            }
            stored.putDouble(value);
        }
        out.add(new StoredField(Fields.QUALITY_SIGNALS, new BytesRef(stored.array())));
        if (layout == NumericLayout.DOC_VALUES) {
            out.add(new BinaryDocValuesField(Fields.QUALITY_VALUES, QualityValues.encode(signals)));
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
    private static Optional<QualitySignals> decode(BytesRef bytes) {
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
