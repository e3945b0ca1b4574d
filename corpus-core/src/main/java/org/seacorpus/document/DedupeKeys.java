package org.seacorpus.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * The keys deduplication compares, computed once at import (see {@code dedupe.DedupeKeysStage}) and stored
 * with the document: a loose exact key, a MinHash signature with its LSH band keys, and the hashes of its
 * normalised lines.
 *
 * @param looseHash  hash of the text with case, whitespace and punctuation folded away (exact duplicates)
 * @param scheme     how the signature was made (shingles, components, bands); signatures of different schemes
 *                   are never compared
 * @param shingles   distinct shingles the signature was computed from (0: text too short, no signature)
 * @param signature  MinHash signature, empty when {@code shingles} is 0
 * @param bands      LSH band keys of the signature, one per band, empty when there is no signature; also empty in
 *                   keys read back from a corpus (the store keeps the signature, whose bands the dedupe job cuts
 *                   itself)
 * @param lineHashes distinct hashes of the document's normalised lines (boilerplate detection), sorted
 * @param shingleSet the shingle set itself, each shingle as a 32-bit hash, sorted and distinct: the exact Jaccard
 *                   similarity of two candidates is computed from these (a chance collision of two of a few
 *                   hundred 32-bit values is negligible) instead of segmenting both texts again; empty for
 *                   documents stored before the sets were kept
 */
public record DedupeKeys(String looseHash, String scheme, int shingles, byte[] signature, long[] bands,
                         long[] lineHashes, int[] shingleSet) {
    public DedupeKeys {
        Objects.requireNonNull(looseHash, "looseHash");
        Objects.requireNonNull(scheme, "scheme");
        signature = signature == null ? new byte[0] : signature;
        bands = bands == null ? new long[0] : bands;
        lineHashes = lineHashes == null ? new long[0] : lineHashes;
        shingleSet = shingleSet == null ? new int[0] : shingleSet;
    }

    /** Keys without a stored shingle set (the form before sets were kept). */
    public DedupeKeys(String looseHash, String scheme, int shingles, byte[] signature, long[] bands,
                      long[] lineHashes) {
        this(looseHash, scheme, shingles, signature, bands, lineHashes, null);
    }

    /** A set of 64-bit shingle hashes as the 32-bit, sorted, distinct {@link #shingleSet}. */
    public static int[] shingleSetOf(long[] shingles) {
        int[] out = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            out[i] = (int) (shingles[i] ^ (shingles[i] >>> 32));
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[i] != out[n - 1]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Exact Jaccard similarity of two sorted, distinct sets: |A ∩ B| / |A ∪ B| (0 when both are empty). */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    public boolean hasSignature() {
        return signature.length > 0;
    }

    // arrays compare by content, so a document read back from the store equals the one written

    @Override
    public boolean equals(Object o) {
        return o instanceof DedupeKeys k && looseHash.equals(k.looseHash) && scheme.equals(k.scheme)
                && shingles == k.shingles && Arrays.equals(signature, k.signature) && Arrays.equals(bands, k.bands)
                && Arrays.equals(lineHashes, k.lineHashes) && Arrays.equals(shingleSet, k.shingleSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(looseHash, scheme, shingles, Arrays.hashCode(signature), Arrays.hashCode(bands),
                Arrays.hashCode(lineHashes), Arrays.hashCode(shingleSet));
    }

    @Override
    public String toString() {
        return "DedupeKeys[" + looseHash + ", " + scheme + ", shingles=" + shingles + ", bands=" + bands.length
                + ", lines=" + lineHashes.length + "]";
    }
}
