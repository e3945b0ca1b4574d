package org.seacorpus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.seacorpus.dedupe.NearDuplicateRule;
import org.seacorpus.document.DedupeKeys;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Near-duplicate candidates and their verdicts, by the core's {@link NearDuplicateRule}: candidates are members
 * of one LSH bucket (each compared with at most {@link NearDuplicateRule#MAX_COMPARISONS} earlier members, in id
 * order, as the dedupe job of the CLI caps a bucket in index order); a pair is decided by its signatures, and a
 * pair too close to the threshold by the exact Jaccard similarity of the two texts' shingles.
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

    /** The candidate pairs {@code (a, b)}, a &lt; b, of one bucket's sorted ids. */
    static Iterator<Row> pairs(Row bucket) {
        List<String> ids = CollectionConverters.asJava(bucket.<scala.collection.Seq<String>>getAs("ids"));
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) {
            for (int j = 0; j < Math.min(i, NearDuplicateRule.MAX_COMPARISONS); j++) {
                out.add(RowFactory.create(ids.get(j), ids.get(i)));
            }
        }
        return out.iterator();
    }

    private NearDuplicateRule rule() {
        return new NearDuplicateRule(settings.dedupe().defaults(), threshold,
                org.seacorpus.dedupe.Verification.parse(verification));
    }

    /** Rows {@code (a, b, sig_a, sig_b)} to {@code (a, b, verdict)}. */
    Iterator<Row> judge(Iterator<Row> rows) {
        NearDuplicateRule rule = rule();
        return new MappedIterator<>(rows, row -> {
            NearDuplicateRule.Verdict verdict = rule.judge(row.getAs("sig_a"), row.getAs("sig_b"));
            int code = switch (verdict) {
                case SIMILAR -> SIMILAR;
                case DIFFERENT -> DIFFERENT;
                case CHECK_SHINGLES -> CHECK;
            };
            return RowFactory.create(row.<String>getAs("a"), row.<String>getAs("b"), code);
        });
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
