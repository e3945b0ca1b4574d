package org.seacorpus.bench;

/**
 * How a planted corpus is generated. Per family: a base document of 8 to 14 sentences; with probability
 * {@code exactShare} one exact duplicate (byte-identical or reformatted); with probability {@code nearShare}
 * one to three near-duplicates; with probability {@code negativeShare} one hard negative that takes a third of
 * its sentences from the base.
 *
 * @param documents     documents to write
 * @param seed          the same seed gives the same corpus, byte for byte
 * @param exactShare    families with an exact duplicate
 * @param nearShare     families with near-duplicates
 * @param negativeShare families with a hard negative
 */
public record GeneratorOptions(long documents, long seed, double exactShare, double nearShare,
                               double negativeShare) {
    public static GeneratorOptions of(long documents, long seed) {
        return new GeneratorOptions(documents, seed, 0.3, 0.45, 0.2);
    }

    public GeneratorOptions {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must not be negative, not " + documents);
        }
        for (double share : new double[] {exactShare, nearShare, negativeShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1, not " + share);
            }
        }
    }
}
