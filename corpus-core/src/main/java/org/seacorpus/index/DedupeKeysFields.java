package org.seacorpus.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
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
 *   <li>{@code dedupe_keys}: what of the keys only the stored value holds (the shingle count and the line hashes,
 *       which as terms cannot be read back per document), packed in one stored value</li>
 * </ul>
 *
 * <p>The stored value of format 3 leaves out the signature and the shingle set, which the doc values already hold,
 * and the band keys, which are cut from the signature (nothing reads them back since the band terms are gone):
 * they were 90 % of the value and, as hashes that do not compress, most of the stored-fields file. A document read
 * back for a rewrite gets them from its doc values ({@link #withDocValues}); one written by format 1 or 2 (the
 * signature, band keys, lines and, from 2, the shingle set all in the value) is read as before.
 *
 * <p>Until December 2026 each band key was also a term of its own field {@code lsh_<band>} (28 unique terms a
 * document, most of the terms dictionary import wrote and merged). Nothing has read them since the dedupe job
 * makes its buckets from the signatures; corpora that have them keep them, and the dedupe job still walks them
 * for documents whose scheme id it cannot read ({@code DuplicateLinker}).
 */
public final class DedupeKeysFields implements AnnotationFields<DedupeKeys> {
    /**
     * Version 3 stores only the shingle count and the line hashes; version 2 (the signature, band keys, lines and
     * shingle set) and version 1 (the same without the set) are still read.
     */
    static final byte VERSION = 3;

    @Override
    public Class<DedupeKeys> type() {
        return DedupeKeys.class;
    }

    @Override
    public void write(DedupeKeys keys, org.apache.lucene.document.Document out) {
        if (keys.shingles() > 0 && !keys.hasSignature()) {
            // keys read back from the stored value alone: writing them would lose the signature and the set
            throw new IllegalStateException("dedupe keys without their signature (read from the stored value only); "
                    + "read the document with its doc values (DocumentMapper.fromLucene with its leaf)");
        }
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
        long[] lines = keys.lineHashes();
        if (lines.length > 0) {
            // each term is Fields.hashTerm's 8 bytes (big-endian), all cut from one array
            byte[] terms = new byte[8 * lines.length];
            for (int i = 0; i < lines.length; i++) {
                LONG_BE.set(terms, i << 3, lines[i]);
                out.add(new StringField(Fields.LINE_HASH, new BytesRef(terms, i << 3, 8), Field.Store.NO));
            }
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
        if (version == VERSION) {
            int shingles = in.getInt();
            return Optional.of(new DedupeKeys(loose, scheme, shingles, null, null, longs(in), null));
        }
        if (version != 2 && version != 1) {
            throw new IllegalStateException("stored dedupe keys have version " + version + ", this build reads "
                    + VERSION + " and older; re-import the corpus");
        }
        int shingles = in.getInt();
        byte[] signature = new byte[in.getInt()];
        in.get(signature);
        long[] bands = longs(in);
        long[] lines = longs(in);
        int[] set = new int[version >= 2 ? in.getInt() : 0];
        for (int i = 0; i < set.length; i++) {
            set[i] = in.getInt();
        }
        return Optional.of(new DedupeKeys(loose, scheme, shingles, signature, bands, lines, set));
    }

    private static long[] longs(ByteBuffer in) {
        long[] out = new long[in.getInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.getLong();
        }
        return out;
    }

    /**
     * The keys of a document read back from its stored value, completed with the signature and shingle set its doc
     * values hold (format 3 stores neither); keys read whole (formats 1 and 2, or a document without shingles)
     * come back as they are. {@code doc} is a doc id of {@code leaf}.
     */
    public static DedupeKeys withDocValues(DedupeKeys keys, LeafReader leaf, int doc) throws IOException {
        if (keys.shingles() == 0 || keys.hasSignature()) {
            return keys;
        }
        BinaryDocValues minhash = DocValues.getBinary(leaf, Fields.MINHASH);
        BinaryDocValues set = DocValues.getBinary(leaf, Fields.SHINGLE_SET);
        if (!minhash.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " has dedupe keys of format " + VERSION
                    + " but no " + Fields.MINHASH + " doc value");
        }
        byte[] signature = BytesRef.deepCopyOf(minhash.binaryValue()).bytes;
        int[] shingleSet = set.advanceExact(doc) ? shingleSet(set.binaryValue()) : null;
        return new DedupeKeys(keys.looseHash(), keys.scheme(), keys.shingles(), signature, null, keys.lineHashes(),
                shingleSet);
    }

    private static byte[] pack(DedupeKeys keys) {
        // version, shingle count, line count, the lines: big-endian, as a ByteBuffer writes them
        long[] lines = keys.lineHashes();
        byte[] out = new byte[1 + 4 + 4 + 8 * lines.length];
        out[0] = VERSION;
        INT_BE.set(out, 1, keys.shingles());
        INT_BE.set(out, 5, lines.length);
        for (int i = 0; i < lines.length; i++) {
            LONG_BE.set(out, 9 + (i << 3), lines[i]);
        }
        return out;
    }

    /** A shingle set as the bytes of its doc value: each 32-bit hash big-endian, in order. */
    static byte[] ints(int[] values) {
        byte[] out = new byte[4 * values.length];
        for (int i = 0; i < values.length; i++) {
            INT_BE.set(out, i << 2, values[i]);
        }
        return out;
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
    private static final java.lang.invoke.VarHandle LONG_BE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

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
