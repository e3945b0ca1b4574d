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

    /** @param scheme the scheme whose estimate is used (the corpus's default scheme, as the dedupe job does) */
    public NearDuplicateRule(SignatureScheme scheme, double threshold, Verification verification) {
        this.signer = new MinHashSigner(scheme);
        this.threshold = threshold;
        this.verification = verification;
        this.margin = 3 * Math.sqrt(threshold * (1 - threshold) / scheme.components());
    }

    /** Signatures of different lengths (other schemes) are never near-duplicates. */
    public Verdict judge(byte[] signatureA, byte[] signatureB) {
        if (signatureA.length != signatureB.length) {
            return Verdict.DIFFERENT;
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

    /** Estimated similarity of two signatures of this scheme. */
    public double estimate(byte[] signatureA, byte[] signatureB) {
        return signer.similarity(signatureA, signatureB);
    }

    /** Three standard errors of the estimate at the threshold. */
    public double margin() {
        return margin;
    }

    public double threshold() {
        return threshold;
    }
}
