package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.quality.QualitySignals;

/**
 * The quality signals of a document as the one binary doc value {@link Fields#QUALITY_VALUES} holds them, compactly:
 * the measuring version and the number of signals (variable-length ints), a bit per signal that is not zero, then
 * each of those values as a variable-length long when it is a positive whole number below 2^52 (the counts: chars,
 * words, lines, stopwords) and as its 8 bytes otherwise. About half of a document's signals are zero, so this takes
 * about 60 bytes where the 24 doubles take 196 (measured in docs/benchmarks.md). Every value reads back bit for bit
 * (negative zero, NaN and infinities included).
 */
public final class QualityValues {
    /** Whole numbers at most this are written as variable-length longs (doubles hold them exactly). */
    private static final double LARGEST_WHOLE = 0x1p52;

    private QualityValues() {
    }

    /** The doc value of {@code signals}. */
    public static BytesRef encode(QualitySignals signals) {
        double[] values = signals.values();
        int n = values.length;
        byte[] out = new byte[5 + 5 + (n + 7) / 8 + n * 10];
        ByteArrayDataOutput data = new ByteArrayDataOutput(out);
        try {
            data.writeVInt(signals.version());
            data.writeVInt(n);
            byte[] present = new byte[(n + 7) / 8];
            for (int i = 0; i < n; i++) {
                if (Double.doubleToRawLongBits(values[i]) != 0) {
                    present[i >>> 3] |= (byte) (1 << (i & 7));
                }
            }
            data.writeBytes(present, present.length);
            for (int i = 0; i < n; i++) {
                double v = values[i];
                if (Double.doubleToRawLongBits(v) == 0) {
                    continue;
                }
                if (v > 0 && v <= LARGEST_WHOLE && v == Math.rint(v)) {
                    data.writeVLong((long) v << 1); // low bit 0: a whole number
                } else {
                    data.writeByte((byte) 1); // low bit 1: the raw bits follow
                    data.writeLong(Double.doubleToRawLongBits(v));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // an array output does not fail
        }
        return new BytesRef(out, 0, data.getPosition());
    }

    /**
     * The signals of a doc value; empty when it holds another number of signals than this build measures (another
     * set of signals: measure again).
     */
    public static Optional<QualitySignals> decode(BytesRef value, int signals) {
        ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        int version = in.readVInt();
        int n = in.readVInt();
        if (n != signals) {
            return Optional.empty();
        }
        byte[] present = new byte[(n + 7) / 8];
        in.readBytes(present, 0, present.length);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            if ((present[i >>> 3] & (1 << (i & 7))) == 0) {
                continue;
            }
            long head = in.readVLong();
            values[i] = (head & 1) == 0 ? (double) (head >>> 1) : Double.longBitsToDouble(in.readLong());
        }
        return Optional.of(new QualitySignals(version, values));
    }
}
