package org.seacorpus.dedupe;

/**
 * How MinHash signatures and their LSH bands are made. Two documents are compared only when their schemes are
 * equal (the scheme id seeds the band keys, so buckets of different schemes never meet).
 *
 * <p>LSH banding (Leskovec, Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4): the signature's
 * first {@code bands × rows} components are cut into {@code bands} bands of {@code rows}; two documents become a
 * candidate pair when all components of at least one band are equal. For Jaccard similarity J that happens with
 * probability {@code 1 − (1 − J^rows)^bands}, an S-curve whose steepest point is near {@code (1/bands)^(1/rows)}.
 * The default, 20 bands × 6 rows of a 128-component signature, makes a pair at J = 0.7 a candidate with
 * probability 0.92, at J = 0.8 with 0.998, and at J = 0.3 with 0.014; candidates are then verified against the
 * threshold on the whole signature, so the curve only has to err on the side of recall. (FineWeb-2 uses
 * 14 bands × 8 rows, steeper and centred higher, at 0.72, without a verification step.)
 *
 * @param shingles         what a shingle is
 * @param components       MinHash components per signature
 * @param bitsPerComponent bits kept of each component (16: a chance collision once in 65,536)
 * @param bands            LSH bands
 * @param rows             components per band
 */
public record SignatureScheme(ShingleScheme shingles, int components, int bitsPerComponent, int bands, int rows) {
    public static final SignatureScheme DEFAULT = new SignatureScheme(ShingleScheme.WORDS_5, 128, 16, 20, 6);

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

    /** E.g. {@code w5-m128x16-b20r6}: stored with each document. */
    public String id() {
        return shingles.id() + "-m" + components + "x" + bitsPerComponent + "-b" + bands + "r" + rows;
    }

    /** The probability that two documents of Jaccard similarity {@code j} share at least one band. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    /** Where the S-curve is steepest, roughly the similarity LSH is tuned for. */
    public double curveMidpoint() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }
}
