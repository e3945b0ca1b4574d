package org.seacorpus.dedupe;

/**
 * How MinHash signatures and their LSH bands are made. Two documents are compared only when their schemes are
 * equal (the scheme id seeds the band keys, so buckets of different schemes never meet).
 *
 * <p>LSH banding (Leskovec, Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4): the signature's
 * first {@code bands × rows} components are cut into {@code bands} bands of {@code rows}; two documents become a
 * candidate pair when all components of at least one band are equal. For Jaccard similarity J that happens with
 * probability {@code 1 − (1 − p^rows)^bands} with {@code p = J + (1 − J)/2^bits} (a component is equal when the
 * minima are, or when the kept low bits collide by chance), an S-curve whose steepest point is near
 * {@code (1/bands)^(1/rows)}. The default, 28 bands × 5 rows of a 256-component signature of 8-bit components
 * (b-bit minwise hashing, Li and König 2010), makes a pair at J = 0.7 a candidate with probability 0.994, at
 * J = 0.6 with 0.90, at J = 0.3 with 0.07 and at J = 0.2 with 0.01. Candidates are then verified against the
 * threshold (on the whole signature, standard error 0.029 at J = 0.7, and by exact Jaccard near the threshold),
 * so the curve errs on the side of recall: a missed candidate is lost, a false one only costs a check. (FineWeb-2
 * uses 14 bands × 8 rows of 64-bit components, steeper and centred higher, at 0.72, without verification.)
 *
 * @param shingles         what a shingle is
 * @param components       MinHash components per signature
 * @param bitsPerComponent bits kept of each component (8: a chance collision once in 256, corrected for)
 * @param bands            LSH bands
 * @param rows             components per band
 */
public record SignatureScheme(ShingleScheme shingles, int components, int bitsPerComponent, int bands, int rows) {
    public static final SignatureScheme DEFAULT = new SignatureScheme(ShingleScheme.WORDS_5, 256, 8, 28, 5);

    public SignatureScheme {
        if (components < 1 || bitsPerComponent < 1 || bitsPerComponent > 64 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("invalid signature scheme: " + components + " components of "
                    + bitsPerComponent + " bits, " + bands + " bands of " + rows + " rows");
        }
        if (bands * rows > components) {
            throw new IllegalArgumentException(bands + " bands × " + rows + " rows need " + bands * rows
                    + " components, the signature has " + components);
        }
    }

    /** The same scheme with other shingles. */
    public SignatureScheme withShingles(ShingleScheme other) {
        return new SignatureScheme(other, components, bitsPerComponent, bands, rows);
    }

    /** E.g. {@code w5-m256x8-b28r5}: stored with each document. */
    public String id() {
        return shingles.id() + "-m" + components + "x" + bitsPerComponent + "-b" + bands + "r" + rows;
    }

    /** The probability that two documents of Jaccard similarity {@code j} share at least one band. */
    public double candidateProbability(double j) {
        double p = j + (1 - j) * chanceCollision();
        return 1 - Math.pow(1 - Math.pow(p, rows), bands);
    }

    /** The probability that two unrelated components are equal by chance: 2^-bits. */
    public double chanceCollision() {
        return Math.scalb(1.0, -bitsPerComponent);
    }

    /** Where the S-curve is steepest, roughly the similarity LSH is tuned for. */
    public double curveMidpoint() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }
}
