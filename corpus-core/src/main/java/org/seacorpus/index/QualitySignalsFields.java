package org.seacorpus.index;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * {@link QualitySignals} as one numeric field per signal ({@code quality.<signal>}: points for range queries
 * and doc values for statistics, e.g. {@code quality.mean_word_length}) and one compact stored field
 * ({@code quality.signals}, the measuring version followed by the values) to read them back.
 */
final class QualitySignalsFields implements AnnotationFields<QualitySignals> {
    private static final int COUNT = Signal.values().length;

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
            out.add(new DoubleField(Fields.qualityField(signal.key()), value, Field.Store.NO));
            stored.putDouble(value);
        }
        out.add(new StoredField(Fields.QUALITY_SIGNALS, new BytesRef(stored.array())));
    }

    @Override
    public Optional<QualitySignals> read(org.apache.lucene.document.Document stored) {
        IndexableField field = stored.getField(Fields.QUALITY_SIGNALS);
        if (field == null || field.binaryValue() == null) {
            return Optional.empty();
        }
        BytesRef bytes = field.binaryValue();
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
