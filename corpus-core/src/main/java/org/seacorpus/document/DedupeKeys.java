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
 * @param bands      LSH band keys of the signature, one per band, empty when there is no signature
 * @param lineHashes distinct hashes of the document's normalised lines (boilerplate detection), sorted
 */
public record DedupeKeys(String looseHash, String scheme, int shingles, byte[] signature, long[] bands,
                         long[] lineHashes) {
    public DedupeKeys {
        Objects.requireNonNull(looseHash, "looseHash");
        Objects.requireNonNull(scheme, "scheme");
        signature = signature == null ? new byte[0] : signature;
        bands = bands == null ? new long[0] : bands;
        lineHashes = lineHashes == null ? new long[0] : lineHashes;
    }

    public boolean hasSignature() {
        return signature.length > 0;
    }

    // arrays compare by content, so a document read back from the store equals the one written

    @Override
    public boolean equals(Object o) {
        return o instanceof DedupeKeys k && looseHash.equals(k.looseHash) && scheme.equals(k.scheme)
                && shingles == k.shingles && Arrays.equals(signature, k.signature) && Arrays.equals(bands, k.bands)
                && Arrays.equals(lineHashes, k.lineHashes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(looseHash, scheme, shingles, Arrays.hashCode(signature), Arrays.hashCode(bands),
                Arrays.hashCode(lineHashes));
    }

    @Override
    public String toString() {
        return "DedupeKeys[" + looseHash + ", " + scheme + ", shingles=" + shingles + ", bands=" + bands.length
                + ", lines=" + lineHashes.length + "]";
    }
}
