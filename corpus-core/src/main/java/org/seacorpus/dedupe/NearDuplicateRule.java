package org.seacorpus.dedupe;

/**
 * When two candidates are near-duplicates: the decision rule of {@code dedupe --near}, apart from where the
 * signatures and texts come from, so that the corpus's dedupe job and another engine (corpus-spark) decide every
 * pair alike. The estimate from the signatures decides clear cases; an estimate within three standard errors of the
 * threshold ({@link #margin}) is, under {@link Verification#BORDERLINE} and {@link Verification#JACCARD}, left to
 * the exact Jaccard similarity of the two shingle sets. Thread-safe.
 */
public final class NearDuplicateRule {
    /**
     * Most comparisons of one LSH bucket member with earlier members: a huge bucket (a template shared by
     * thousands of pages) then costs linear, not quadratic, time.
     */
    public static final int MAX_COMPARISONS = 32;

    /** What the signatures say about a pair. */
    public enum Verdict {
        /** Near-duplicates. */
        SIMILAR,
        /** Not near-duplicates. */
        DIFFERENT,
        /** Too close to the threshold: decide by {@link #similarShingles} on the two shingle sets. */
        CHECK_SHINGLES
    }

    private final MinHashSigner signer;
    private final double threshold;
    private final Verification verification;
    private final double margin;
    /** The rule for signatures of another length (documents a corpus kept from an earlier scheme), made once. */
    private final java.util.concurrent.ConcurrentHashMap<Integer, NearDuplicateRule> otherLengths =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** @param scheme the scheme whose estimate is used (the corpus's default scheme, as the dedupe job does) */
    public NearDuplicateRule(SignatureScheme scheme, double threshold, Verification verification) {
        this.signer = new MinHashSigner(scheme);
        this.threshold = threshold;
        this.verification = verification;
        this.margin = 3 * Math.sqrt(threshold * (1 - threshold) / scheme.components());
    }

    /**
     * Signatures of different lengths (other schemes) are never near-duplicates. Two signatures of the same
     * length other than this scheme's (a corpus that holds documents of an earlier scheme beside newer ones) are
     * judged with the same algorithm and bits at their own number of components.
     */
    public Verdict judge(byte[] signatureA, byte[] signatureB) {
        if (signatureA.length != signatureB.length) {
            return Verdict.DIFFERENT;
        }
        if (signatureA.length != signer.signatureBytes()) {
            NearDuplicateRule other = forLength(signatureA.length);
            return other == null ? Verdict.DIFFERENT : other.judge(signatureA, signatureB);
        }
        double estimate = signer.similarity(signatureA, signatureB);
        return switch (verification) {
            case SIGNATURE -> estimate >= threshold ? Verdict.SIMILAR : Verdict.DIFFERENT;
            case BORDERLINE -> estimate >= threshold + margin ? Verdict.SIMILAR
                    : estimate >= threshold - margin ? Verdict.CHECK_SHINGLES : Verdict.DIFFERENT;
            case JACCARD -> estimate >= threshold - margin ? Verdict.CHECK_SHINGLES : Verdict.DIFFERENT;
        };
    }

    /**
     * The exact decision on two shingle sets as the store keeps them (32-bit hashes,
     * {@link org.seacorpus.document.DedupeKeys#shingleSetOf}).
     */
    public boolean similarShingles(int[] shinglesA, int[] shinglesB) {
        return org.seacorpus.document.DedupeKeys.jaccard(shinglesA, shinglesB) >= threshold;
    }

    /** Estimated similarity of two signatures of this scheme (or of one length, as {@link #judge}); 0 if unequal. */
    public double estimate(byte[] signatureA, byte[] signatureB) {
        if (signatureA.length != signatureB.length) {
            return 0;
        }
        if (signatureA.length != signer.signatureBytes()) {
            NearDuplicateRule other = forLength(signatureA.length);
            return other == null ? 0 : other.estimate(signatureA, signatureB);
        }
        return signer.similarity(signatureA, signatureB);
    }

    /** The rule of this scheme at the number of components {@code bytes} holds, or null if none fits. */
    private NearDuplicateRule forLength(int bytes) {
        SignatureScheme scheme = signer.scheme();
        long bits = (long) bytes * 8;
        if (bits % scheme.bitsPerComponent() != 0) {
            return null;
        }
        int components = (int) (bits / scheme.bitsPerComponent());
        if (components < scheme.bands() * scheme.rows() || components > SignatureScheme.MAX_COMPONENTS) {
            return null;
        }
        return otherLengths.computeIfAbsent(bytes, b -> new NearDuplicateRule(scheme.withComponents(components),
                threshold, verification));
    }

    /** Three standard errors of the estimate at the threshold. */
    public double margin() {
        return margin;
    }

    public double threshold() {
        return threshold;
    }
}
