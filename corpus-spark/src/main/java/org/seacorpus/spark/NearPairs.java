package org.seacorpus.spark;

import java.io.Serializable;
import java.util.Iterator;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.seacorpus.dedupe.NearDuplicateRule;
import org.seacorpus.document.DedupeKeys;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Near-duplicate verdicts, by the core's {@link NearDuplicateRule}: a pair is decided by its signatures
 * ({@link PairSignatures}), and a pair too close to the threshold by the exact Jaccard similarity of the two texts'
 * shingles. The candidates come from {@link BucketPairs}.
 */
final class NearPairs implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SIMILAR = 1;
    static final int DIFFERENT = 0;
    static final int CHECK = 2;

    private final CorpusSettings settings;
    private final double threshold;
    private final String verification;

    NearPairs(CorpusSettings settings, double threshold, String verification) {
        this.settings = settings;
        this.threshold = threshold;
        this.verification = verification;
    }

    NearDuplicateRule rule() {
        return new NearDuplicateRule(settings.dedupe().defaults(), threshold,
                org.seacorpus.dedupe.Verification.parse(verification));
    }

    /** A verdict as the code the verdicts dataset holds. */
    static int code(NearDuplicateRule.Verdict verdict) {
        return switch (verdict) {
            case SIMILAR -> SIMILAR;
            case DIFFERENT -> DIFFERENT;
            case CHECK_SHINGLES -> CHECK;
        };
    }

    /**
     * Rows {@code (a, b, set_a, set_b)} to {@code (a, b, verdict)} by the exact Jaccard of the two shingle sets
     * (sorted 32-bit shingle hashes, {@link DedupeKeys#shingleSetOf}, as prepare stored them and the CLI's dedupe
     * reads them from the store). A document with a signature always has its set: both come from its shingles.
     */
    Iterator<Row> check(Iterator<Row> rows) {
        NearDuplicateRule rule = rule();
        return new MappedIterator<>(rows, row -> RowFactory.create(row.<String>getAs("a"), row.<String>getAs("b"),
                rule.similarShingles(ints(row.getAs("set_a")), ints(row.getAs("set_b"))) ? SIMILAR : DIFFERENT));
    }

    private static int[] ints(scala.collection.Seq<Integer> seq) {
        int[] out = new int[seq.size()];
        int i = 0;
        for (Integer v : CollectionConverters.asJava(seq)) {
            out[i++] = v;
        }
        return out;
    }

    /** Estimated similarity of two signatures under the default scheme (for the report's examples). */
    double estimate(byte[] a, byte[] b) {
        return a == null || b == null || a.length != b.length ? 0 : rule().estimate(a, b);
    }
}
