package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The token fields' own byte writer ({@link TokenFields.VInts}) writes the bytes Lucene's
 * {@link ByteBuffersDataOutput} writes for the same bytes, runs of bytes and variable-length integers (what {@code tokens.seq} and
 * {@code tokens.offsets} held before it), for any integers, negative ones and the five-byte ones included, and
 * past its first capacity.
 */
class TokenFieldsVIntsTest {
    @Property(tries = 500)
    void theBytesAreLucenesBytes(@ForAll @Size(max = 300) List<Integer> values,
                                 @ForAll @IntRange(min = 0, max = 40) int capacity) throws IOException {
        TokenFields.VInts ours = new TokenFields.VInts(capacity);
        ByteBuffersDataOutput lucene = new ByteBuffersDataOutput();
        ours.writeByte(TokenFields.FORMAT);
        lucene.writeByte(TokenFields.FORMAT);
        for (int value : values) {
            ours.writeVInt(value);
            lucene.writeVInt(value);
            if (value % 7 == 0) {
                ours.writeByte((byte) value);
                lucene.writeByte((byte) value);
            }
            if (value % 5 == 0) {
                byte[] run = new byte[Math.floorMod(value, 61)];
                java.util.Arrays.fill(run, (byte) value);
                ours.writeBytes(run, 1 % Math.max(1, run.length), run.length - 1 % Math.max(1, run.length));
                lucene.writeBytes(run, 1 % Math.max(1, run.length), run.length - 1 % Math.max(1, run.length));
            }
        }
        assertThat(BytesRef.deepCopyOf(ours.bytes())).isEqualTo(new BytesRef(lucene.toArrayCopy()));
    }
}
