package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.index.Fields;

import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

/**
 * LSH buckets made from the signatures in doc values, in bulk: for each band, every live document's band key
 * (its scheme and the band's components, hashed to 32 bits) is packed with its doc id into one {@code long},
 * the array is radix-sorted, and each run of two or more equal keys is a bucket, members in doc id order. This
 * finds the same buckets as walking the {@code lsh_<band>} terms that import wrote until December 2026 (a 64-bit
 * hash of the same components), several times faster: one sequential read of the signatures instead of a merged
 * walk of 28 terms dictionaries that are nearly all singletons; import no longer writes those terms. A 32-bit
 * key can put two unrelated documents in one bucket (about N²/2³³ pairs a band: a few hundred at a million
 * documents); such a pair differs in nearly every component and is rejected on its signatures, so the result is
 * the same.
 *
 * <p>Memory: the keys of as many bands as fit in about 32 MB at a time (all 28 at 100k documents, 8 at a million:
 * the signatures are then read once per group of bands), and two {@code long} arrays of the documents for the
 * sort. Signatures themselves are not kept.
 */
final class BandBuckets {
    /** Band keys held at once: 8 M ints (32 MB). */
    private static final long KEYS_AT_ONCE = 8L << 20;
    private static final Pattern SCHEME = Pattern.compile("-([sm]?)(\\d+)x(\\d+)-b(\\d+)r(\\d+)$");

    /** Receives each bucket: {@code docs[0..n)} in increasing order, n ≥ 2. The array is reused. */
    interface BucketWork {
        void bucket(int band, int[] docs, int n) throws IOException;
    }

    /** How one scheme's signatures are cut into bands. */
    private record Banding(int index, SimilarityHashPolicy policy, int bands, int rows) {
    }

    private final IndexReader reader;
    private final Bits live;
    private final Map<String, Banding> bandings = new HashMap<>();

    BandBuckets(IndexReader reader, Bits live) {
        this.reader = reader;
        this.live = live;
    }

    /**
     * True when every scheme id in the index can be read (bands, rows and bits): otherwise the caller also walks
     * the {@code lsh_} terms of older corpora for the documents of the others.
     */
    boolean supported() throws IOException {
        boolean all = true;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues schemes = leaf.reader().getSortedDocValues(Fields.DEDUPE_SCHEME);
            if (schemes == null) {
                continue;
            }
            for (int ord = 0; ord < schemes.getValueCount(); ord++) {
                all &= banding(schemes.lookupOrd(ord).utf8ToString()) != null;
            }
        }
        return all;
    }

    /** The most bands of any scheme in the index that can be read. */
    int maxBands() throws IOException {
        supported();
        int most = 0;
        for (Banding b : bandings.values()) {
            if (b != null) {
                most = Math.max(most, b.bands());
            }
        }
        return most;
    }

    /** Hands every bucket of every band to {@code work}, band by band. */
    void forEach(int bands, BucketWork work) throws IOException {
        int maxDoc = reader.maxDoc();
        if (maxDoc == 0 || bands == 0) {
            return;
        }
        int perPass = (int) Math.max(1, Math.min(bands, KEYS_AT_ONCE / maxDoc));
        long[] packed = new long[maxDoc];
        long[] scratch = new long[maxDoc];
        int[] members = new int[16];
        for (int first = 0; first < bands; first += perPass) {
            int count = Math.min(perPass, bands - first);
            int[][] keys = new int[count][maxDoc];
            boolean[] has = new boolean[maxDoc];
            readKeys(first, count, keys, has);
            for (int b = 0; b < count; b++) {
                int n = 0;
                int[] k = keys[b];
                for (int doc = 0; doc < maxDoc; doc++) {
                    if (has[doc] && k[doc] != NO_BAND) {
                        packed[n++] = ((long) k[doc] << 32) | doc;
                    }
                }
                sortByHighInt(packed, scratch, n);
                int start = 0;
                while (start < n) {
                    int key = (int) (packed[start] >>> 32);
                    int end = start + 1;
                    while (end < n && (int) (packed[end] >>> 32) == key) {
                        end++;
                    }
                    int size = end - start;
                    if (size >= 2) {
                        if (members.length < size) {
                            members = new int[Integer.highestOneBit(size) << 1];
                        }
                        for (int i = 0; i < size; i++) {
                            members[i] = (int) packed[start + i];
                        }
                        work.bucket(first + b, members, size);
                    }
                    start = end;
                }
            }
        }
    }

    /** Marks a document without the band (its scheme has fewer bands); the key itself is never this value. */
    private static final int NO_BAND = 0;

    /** One sequential read of the signatures: the keys of bands [first, first + count) of every live document. */
    private void readKeys(int first, int count, int[][] keys, boolean[] has) throws IOException {
        byte[] buffer = new byte[0];
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues signatures = leaf.reader().getBinaryDocValues(Fields.MINHASH);
            if (signatures == null) {
                continue;
            }
            SortedDocValues schemes = DocValues.getSorted(leaf.reader(), Fields.DEDUPE_SCHEME);
            List<Banding> byOrd = new ArrayList<>();
            for (int ord = 0; ord < schemes.getValueCount(); ord++) {
                byOrd.add(banding(schemes.lookupOrd(ord).utf8ToString()));
            }
            for (int d = signatures.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = signatures.nextDoc()) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc) || !schemes.advanceExact(d)) {
                    continue;
                }
                Banding banding = byOrd.get(schemes.ordValue());
                BytesRef sig = signatures.binaryValue();
                if (banding == null || sig.length != banding.policy().getSignatureSizeInBytes()) {
                    continue; // not a signature of this scheme: never a candidate
                }
                byte[] bytes = sig.bytes;
                if (sig.offset != 0 || sig.length != sig.bytes.length) {
                    if (buffer.length != sig.length) {
                        buffer = new byte[sig.length];
                    }
                    System.arraycopy(sig.bytes, sig.offset, buffer, 0, sig.length);
                    bytes = buffer;
                }
                has[doc] = true;
                for (int b = 0; b < count; b++) {
                    int band = first + b;
                    keys[b][doc] = band < banding.bands() ? key(banding, band, bytes) : NO_BAND;
                }
            }
        }
    }

    /** A 32-bit hash of the scheme, the band and its components; never {@link #NO_BAND}. */
    private static int key(Banding banding, int band, byte[] signature) {
        long h = (banding.index() + 1L) * 0x9E3779B97F4A7C15L + band * 0xC2B2AE3D27D4EB4FL;
        int from = band * banding.rows();
        for (int row = 0; row < banding.rows(); row++) {
            h = (h ^ banding.policy().getComponent(signature, from + row)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        int key = (int) h;
        return key == NO_BAND ? 1 : key;
    }

    /** The banding of a scheme id such as {@code w5-s256x8-b28r5}, or null when the id cannot be read. */
    private Banding banding(String schemeId) {
        if (bandings.containsKey(schemeId)) {
            return bandings.get(schemeId);
        }
        Matcher m = SCHEME.matcher(schemeId);
        Banding banding = null;
        if (m.find()) {
            int components = Integer.parseInt(m.group(2));
            int bits = Integer.parseInt(m.group(3));
            int bands = Integer.parseInt(m.group(4));
            int rows = Integer.parseInt(m.group(5));
            if (components >= 1 && bits >= 1 && bits <= 64 && bands >= 1 && rows >= 1
                    && (long) bands * rows <= components) {
                SimilarityHashPolicy policy = m.group(1).equals("s")
                        ? SimilarityHashing.superMinHash(components, bits)
                        : SimilarityHashing.minHash(components, bits);
                banding = new Banding(bandings.size(), policy, bands, rows);
            }
        }
        bandings.put(schemeId, banding);
        return banding;
    }

    /**
     * Sorts {@code a[0..n)} by its high 32 bits, keeping the order of equal keys (LSD radix sort, three passes of
     * 11 bits on the key made unsigned), so that the members of a bucket stay in doc id order.
     */
    static void sortByHighInt(long[] a, long[] scratch, int n) {
        long[] from = a;
        long[] to = scratch;
        int[] counts = new int[1 << 11];
        for (int shift = 32; shift < 64; shift += 11) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[digit(from[i], shift)]++;
            }
            int sum = 0;
            for (int i = 0; i < counts.length; i++) {
                int c = counts[i];
                counts[i] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                to[counts[digit(from[i], shift)]++] = from[i];
            }
            long[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }

    private static int digit(long value, int shift) {
        return (int) ((value >>> shift) & 0x7FF);
    }
}
