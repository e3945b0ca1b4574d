package org.seacorpus.index;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.DedupeKeys;

/**
 * {@link DedupeKeys} in the index. The fields are laid out for the dedupe job to read from the terms dictionary
 * and doc values, never from an in-memory table:
 * <ul>
 *   <li>{@code loose_hash}: keyword (and doc values); equal keys are a term with docFreq &gt; 1</li>
 *   <li>{@code minhash}: the signature as binary doc values; the dedupe job cuts it into its LSH bands and sorts
 *       the band keys into buckets itself ({@code dedupe/BandBuckets})</li>
 *   <li>{@code shingle_set}: the shingle set as 32-bit hashes (binary doc values, 4 bytes a shingle), for the
 *       exact Jaccard similarity of candidates without re-segmenting their texts</li>
 *   <li>{@code line_hash}: one 8-byte term per distinct normalised line; high docFreq means boilerplate</li>
 *   <li>{@code dedupe_scheme}: keyword naming how the signature was made</li>
 *   <li>{@code dedupe_keys}: everything above packed in one stored value (the band keys too), to read the keys
 *       back</li>
 * </ul>
 *
 * <p>Until December 2026 each band key was also a term of its own field {@code lsh_<band>} (28 unique terms a
 * document, most of the terms dictionary import wrote and merged). Nothing has read them since the dedupe job
 * makes its buckets from the signatures; corpora that have them keep them, and the dedupe job still walks them
 * for documents whose scheme id it cannot read ({@code DuplicateLinker}).
 */
public final class DedupeKeysFields implements AnnotationFields<DedupeKeys> {
    /** Version 2 adds the shingle set; version 1 (without) is still read. */
    private static final byte VERSION = 2;

    @Override
    public Class<DedupeKeys> type() {
        return DedupeKeys.class;
    }

    @Override
    public void write(DedupeKeys keys, org.apache.lucene.document.Document out) {
        out.add(new StringField(Fields.LOOSE_HASH, keys.looseHash(), Field.Store.YES));
        out.add(new SortedDocValuesField(Fields.LOOSE_HASH, new BytesRef(keys.looseHash())));
        out.add(new StringField(Fields.DEDUPE_SCHEME, keys.scheme(), Field.Store.YES));
        out.add(new SortedDocValuesField(Fields.DEDUPE_SCHEME, new BytesRef(keys.scheme())));
        if (keys.shingleSet().length > 0) {
            out.add(new BinaryDocValuesField(Fields.SHINGLE_SET, new BytesRef(ints(keys.shingleSet()))));
        }
        if (keys.hasSignature()) {
            out.add(new BinaryDocValuesField(Fields.MINHASH, new BytesRef(keys.signature())));
        }
        for (long line : keys.lineHashes()) {
            out.add(new StringField(Fields.LINE_HASH, Fields.hashTerm(line), Field.Store.NO));
        }
        out.add(new StoredField(Fields.DEDUPE_KEYS, pack(keys)));
    }

    @Override
    public Optional<DedupeKeys> read(org.apache.lucene.document.Document stored) {
        IndexableField packed = stored.getField(Fields.DEDUPE_KEYS);
        String loose = stored.get(Fields.LOOSE_HASH);
        String scheme = stored.get(Fields.DEDUPE_SCHEME);
        if (packed == null || loose == null || scheme == null) {
            return Optional.empty();
        }
        BytesRef bytes = packed.binaryValue();
        ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        byte version = in.get();
        if (version != VERSION && version != 1) {
            throw new IllegalStateException("stored dedupe keys have version " + version + ", this build reads "
                    + VERSION + "; re-import the corpus");
        }
        int shingles = in.getInt();
        byte[] signature = new byte[in.getInt()];
        in.get(signature);
        long[] bands = new long[in.getInt()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.getLong();
        }
        long[] lines = new long[in.getInt()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = in.getLong();
        }
        int[] set = new int[version >= 2 ? in.getInt() : 0];
        for (int i = 0; i < set.length; i++) {
            set[i] = in.getInt();
        }
        return Optional.of(new DedupeKeys(loose, scheme, shingles, signature, bands, lines, set));
    }

    private static byte[] pack(DedupeKeys keys) {
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + 4 + keys.signature().length + 4 + 8 * keys.bands().length
                + 4 + 8 * keys.lineHashes().length + 4 + 4 * keys.shingleSet().length);
        out.put(VERSION).putInt(keys.shingles()).putInt(keys.signature().length).put(keys.signature());
        out.putInt(keys.bands().length);
        for (long band : keys.bands()) {
            out.putLong(band);
        }
        out.putInt(keys.lineHashes().length);
        for (long line : keys.lineHashes()) {
            out.putLong(line);
        }
        out.putInt(keys.shingleSet().length);
        for (int shingle : keys.shingleSet()) {
            out.putInt(shingle);
        }
        return out.array();
    }

    /** A shingle set as the bytes of its doc value: each 32-bit hash big-endian, in order. */
    static byte[] ints(int[] values) {
        ByteBuffer out = ByteBuffer.allocate(4 * values.length);
        for (int v : values) {
            out.putInt(v);
        }
        return out.array();
    }

    /** The shingle set of a doc value written by {@link #ints}. */
    public static int[] shingleSet(BytesRef value) {
        ByteBuffer in = ByteBuffer.wrap(value.bytes, value.offset, value.length);
        int[] out = new int[value.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.getInt();
        }
        return out;
    }

    private static final java.lang.invoke.VarHandle INT_BE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    /**
     * The Jaccard similarity of two shingle sets in their doc-value form ({@link #ints}), read in place: the same
     * as {@link org.seacorpus.document.DedupeKeys#jaccard(int[], int[])} of the decoded sets, without decoding or
     * copying either (the check of every near-duplicate candidate).
     */
    public static double jaccard(BytesRef a, BytesRef b) {
        int na = a.length >>> 2;
        int nb = b.length >>> 2;
        if (na == 0 && nb == 0) {
            return 0;
        }
        byte[] ab = a.bytes;
        byte[] bb = b.bytes;
        int i = 0;
        int j = 0;
        int common = 0;
        if (na > 0 && nb > 0) {
            int x = (int) INT_BE.get(ab, a.offset);
            int y = (int) INT_BE.get(bb, b.offset);
            while (true) {
                if (x == y) {
                    common++;
                    if (++i == na || ++j == nb) {
                        break;
                    }
                    x = (int) INT_BE.get(ab, a.offset + (i << 2));
                    y = (int) INT_BE.get(bb, b.offset + (j << 2));
                } else if (x < y) {
                    if (++i == na) {
                        break;
                    }
                    x = (int) INT_BE.get(ab, a.offset + (i << 2));
                } else {
                    if (++j == nb) {
                        break;
                    }
                    y = (int) INT_BE.get(bb, b.offset + (j << 2));
                }
            }
        }
        return (double) common / (na + nb - common);
    }
}
