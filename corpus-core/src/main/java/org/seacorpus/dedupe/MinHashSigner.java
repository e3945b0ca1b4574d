package org.seacorpus.dedupe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

/**
 * MinHash signatures (Broder 1997) of shingle sets, their LSH band keys, and the similarity of two signatures,
 * for one {@link SignatureScheme}. The signature is hash4j's ({@code SimilarityHashing.superMinHash}, or
 * {@code minHash} for the classic scheme), keeping the low {@code bitsPerComponent} bits of each component. The fraction f of equal components, corrected for
 * chance collisions of those bits as in b-bit minwise hashing (Li and König 2010: J ≈ (f − c)/(1 − c), c =
 * 2^-bits), estimates the Jaccard similarity of the two sets with standard error about √(J(1−J)/components),
 * 0.029 at J = 0.7 with 256 components. Thread-safe.
 */
public final class MinHashSigner {
    private final SignatureScheme scheme;
    private final SimilarityHashPolicy policy;
    private final ThreadLocal<SimilarityHasher> hashers;
    private final Hasher64 bandHasher;

    public MinHashSigner(SignatureScheme scheme) {
        this.scheme = scheme;
        this.policy = scheme.algorithm() == SignatureScheme.Algorithm.SUPERMINHASH
                ? SimilarityHashing.superMinHash(scheme.components(), scheme.bitsPerComponent())
                : SimilarityHashing.minHash(scheme.components(), scheme.bitsPerComponent());
        this.hashers = ThreadLocal.withInitial(policy::createHasher);
        this.bandHasher = Hashing.xxh3_64(Hashing.xxh3_64().hashCharsToLong(scheme.id()));
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    /** The signature of a non-empty set of shingle hashes. */
    public byte[] sign(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("an empty shingle set has no MinHash signature");
        }
        return hashers.get().compute(ElementHashProvider.ofValues(shingles));
    }

    /**
     * One key per band: a hash of the band's components, seeded by the scheme id. The hashed bytes are the band's
     * number (4 bytes) and its components (8 bytes each), little-endian, as a hash stream's putInt and putLong
     * write them; they are laid out in one buffer and hashed in one call.
     */
    public long[] bands(byte[] signature) {
        int rows = scheme.rows();
        long[] keys = new long[scheme.bands()];
        byte[] bytes = new byte[4 + 8 * rows];
        for (int band = 0; band < keys.length; band++) {
            INT_LE.set(bytes, 0, band);
            for (int row = 0; row < rows; row++) {
                LONG_LE.set(bytes, 4 + 8 * row, policy.getComponent(signature, band * rows + row));
            }
            keys[band] = bandHasher.hashBytesToLong(bytes);
        }
        return keys;
    }

    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Estimated Jaccard similarity: the fraction of equal components, corrected for chance collisions. */
    public double similarity(byte[] a, byte[] b) {
        double c = scheme.chanceCollision();
        return Math.max(0, (policy.getFractionOfEqualComponents(a, b) - c) / (1 - c));
    }

    public int signatureBytes() {
        return policy.getSignatureSizeInBytes();
    }
}
