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
 * {@code (1/bands)^(1/rows)}. The default, 28 bands × 5 rows of a 140-component signature of 8-bit components
 * (b-bit minwise hashing, Li and König 2010), makes a pair at J = 0.7 a candidate with probability 0.994, at
 * J = 0.6 with 0.90, at J = 0.3 with 0.07 and at J = 0.2 with 0.01. Candidates are then verified against the
 * threshold (on the whole signature, standard error 0.039 at J = 0.7, and by exact Jaccard near the threshold),
 * so the curve errs on the side of recall: a missed candidate is lost, a false one only costs a check. (FineWeb-2
 * uses 14 bands × 8 rows of 64-bit components, steeper and centred higher, at 0.72, without verification.)
 *
 * <p>The signature is SuperMinHash (Ertl 2017, "SuperMinHash – A New Minwise Hashing Algorithm for Jaccard
 * Similarity Estimation", arXiv:1706.05698) by default: each component is still equal for two sets with
 * probability J, and the estimate's variance is lower than classic MinHash's for sets of a few hundred shingles,
 * but it costs O(n + m log m) instead of O(n·m) for n shingles and m components (about 23 against 97 µs for 280
 * shingles and 256 components). Classic MinHash (Broder 1997) stays available ({@code dedupe.minhash: classic}),
 * and is what corpora signed before keep using.
 *
 * <p>The signature has exactly the 140 components the bands use ({@link #DEFAULT}, {@code w5-s140x8-b28r5}):
 * SuperMinHash's cost grows with m log m, and 140 components cost about half of 256 (11 against 22 µs a document
 * of 114 shingles). The extra 116 components of the earlier default ({@link #SUPERMINHASH_256}) only narrowed the
 * estimate that screens candidates before their exact Jaccard check (standard error 0.040 instead of 0.030 at the
 * 0.65 threshold, so a few more candidates are checked exactly); the candidates themselves come from the same 28
 * bands of 5 rows. A corpus signed with another scheme keeps it for new documents
 * ({@link DedupeSettings#from(java.util.Map, SignatureScheme)}).
 *
 * @param shingles         what a shingle is
 * @param algorithm        classic MinHash or SuperMinHash
 * @param components       MinHash components per signature
 * @param bitsPerComponent bits kept of each component (8: a chance collision once in 256, corrected for)
 * @param bands            LSH bands
 * @param rows             components per band
 */
public record SignatureScheme(ShingleScheme shingles, Algorithm algorithm, int components, int bitsPerComponent,
                              int bands, int rows) {
    /**
     * The scheme of new corpora: 5-word shingles, SuperMinHash of 140 components of 8 bits, 28 bands of 5 rows
     * ({@code w5-s140x8-b28r5}).
     */
    public static final SignatureScheme DEFAULT = new SignatureScheme(ShingleScheme.WORDS_5, Algorithm.SUPERMINHASH,
            140, 8, 28, 5);
    /** The default until December 2026: the same with 256 components ({@code w5-s256x8-b28r5}). */
    public static final SignatureScheme SUPERMINHASH_256 = DEFAULT.withComponents(256);
    /** The scheme before SuperMinHash: classic MinHash of 256 components ({@code w5-m256x8-b28r5}). */
    public static final SignatureScheme CLASSIC = SUPERMINHASH_256.withAlgorithm(Algorithm.MINHASH);
    /** Most components a scheme may have (the setting {@code dedupe.components}). */
    public static final int MAX_COMPONENTS = 1024;
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("-([sm]?)(\\d{1,4})x(\\d{1,2})-b(\\d{1,4})r(\\d{1,4})$");

    /** How the components are computed. */
    public enum Algorithm {
        /** Classic MinHash: one hash of every shingle per component (hash4j {@code minHash}). */
        MINHASH("m", "classic"),
        /** SuperMinHash (hash4j {@code superMinHash}). */
        SUPERMINHASH("s", "super");

        private final String letter;
        private final String setting;

        Algorithm(String letter, String setting) {
            this.letter = letter;
            this.setting = setting;
        }

        /** The letter of the scheme id ({@code m} or {@code s}). */
        public String letter() {
            return letter;
        }

        /** The value of the {@code dedupe.minhash} setting. */
        public String setting() {
            return setting;
        }

        public static Algorithm parse(String value) {
            for (Algorithm a : values()) {
                if (a.setting.equalsIgnoreCase(value.strip()) || a.name().equalsIgnoreCase(value.strip())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown MinHash '" + value + "'; use super or classic");
        }

        /** The algorithm of a scheme id such as {@code w5-s256x8-b28r5}. */
        public static Algorithm ofSchemeId(String id) {
            int dash = id.indexOf('-');
            return dash >= 0 && dash + 1 < id.length() && id.charAt(dash + 1) == 's' ? SUPERMINHASH : MINHASH;
        }
    }

    /** A classic-MinHash scheme (the form before the algorithm was part of the scheme). */
    public SignatureScheme(ShingleScheme shingles, int components, int bitsPerComponent, int bands, int rows) {
        this(shingles, Algorithm.MINHASH, components, bitsPerComponent, bands, rows);
    }

    public SignatureScheme {
        java.util.Objects.requireNonNull(algorithm, "algorithm");
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
        return new SignatureScheme(other, algorithm, components, bitsPerComponent, bands, rows);
    }

    /** The same scheme with another number of components (at least {@code bands × rows}). */
    public SignatureScheme withComponents(int other) {
        return new SignatureScheme(shingles, algorithm, other, bitsPerComponent, bands, rows);
    }

    /**
     * The algorithm, components, bits, bands and rows of a stored scheme id such as {@code w5-s256x8-b28r5}, on
     * top of {@code base} (whose shingles are kept), or empty when the id cannot be read.
     */
    public static java.util.Optional<SignatureScheme> signingOf(String id, SignatureScheme base) {
        java.util.regex.Matcher m = ID.matcher(id);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new SignatureScheme(base.shingles(), Algorithm.ofSchemeId(id),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5))));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The same scheme with another MinHash algorithm. */
    public SignatureScheme withAlgorithm(Algorithm other) {
        return new SignatureScheme(shingles, other, components, bitsPerComponent, bands, rows);
    }

    /**
     * The MinHash algorithm and components of the signatures stored in an index: the current default when some
     * documents have it, else the SuperMinHash scheme with the most components, else classic MinHash; the default
     * when none is stored. New documents are signed the same way, so that they stay comparable with the old ones.
     */
    public static SignatureScheme storedIn(org.apache.lucene.index.IndexReader reader) throws java.io.IOException {
        SignatureScheme found = null;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            var schemes = org.apache.lucene.index.DocValues.getSorted(leaf.reader(),
                    org.seacorpus.index.Fields.DEDUPE_SCHEME);
            for (int ord = 0; ord < schemes.getValueCount(); ord++) {
                SignatureScheme stored = signingOf(schemes.lookupOrd(ord).utf8ToString(), DEFAULT).orElse(null);
                if (stored == null) {
                    continue;
                }
                if (stored.algorithm() == DEFAULT.algorithm() && stored.components() == DEFAULT.components()) {
                    return DEFAULT;
                }
                if (found == null || rank(stored) > rank(found)) {
                    found = stored;
                }
            }
        }
        return found == null ? DEFAULT : found;
    }

    private static int rank(SignatureScheme scheme) {
        return (scheme.algorithm() == Algorithm.SUPERMINHASH ? 1 << 16 : 0) + scheme.components();
    }

    /** E.g. {@code w5-s256x8-b28r5} (SuperMinHash) or {@code w5-m256x8-b28r5} (classic): stored with each document. */
    public String id() {
        return shingles.id() + "-" + algorithm.letter() + components + "x" + bitsPerComponent + "-b" + bands + "r"
                + rows;
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
