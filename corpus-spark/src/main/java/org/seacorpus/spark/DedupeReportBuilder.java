package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.row_number;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.SignatureScheme;
import org.seacorpus.document.Status;

/**
 * The dedupe job's report in the CLI's {@link DedupeReport} shape: parameters (with the LSH S-curve), what each kind
 * of linking looked at, clusters, duplicates per language (exact and near), cluster sizes, example clusters,
 * boilerplate lines, signature schemes and the time of each phase.
 */
final class DedupeReportBuilder {
    private static final int EXAMPLE_MEMBERS = 10;

    private final DedupeJobOptions options;
    private final CorpusSettings settings;
    private final SparkSession spark;

    DedupeReportBuilder(DedupeJobOptions options, CorpusSettings settings, SparkSession spark) {
        this.options = options;
        this.settings = settings;
        this.spark = spark;
    }

    DedupeReport build(Instant started, long documents, DedupeJob.Linking exact, DedupeJob.Linking near, int rounds,
                       Dataset<Row> written, Dataset<Row> before, BoilerplateScan.Result lines,
                       Map<String, Long> phases) {
        Dataset<Row> clustered = written.where(col("cluster").isNotNull());
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String bucket : List.of("2", "3", "4", "5-9", "10-99", "100+")) {
            sizes.put(bucket, 0L);
        }
        long clusters = 0;
        for (Row r : clustered.groupBy("cluster_size").agg(org.apache.spark.sql.functions.countDistinct("cluster"))
                .collectAsList()) {
            int size = r.getInt(0);
            long n = r.getLong(1);
            clusters += n;
            String bucket = size <= 4 ? Integer.toString(size) : size < 10 ? "5-9" : size < 100 ? "10-99" : "100+";
            sizes.merge(bucket, n, Long::sum);
        }
        Map<String, DedupeReport.LanguageCounts> byLanguage = languages(written, lines);
        long duplicates = byLanguage.values().stream().mapToLong(c -> c.exact() + c.near()).sum();
        long changed = changed(written, before);
        Map<String, Long> schemes = new TreeMap<>();
        for (Row r : written.where(col("dedupe_scheme").isNotNull()).groupBy("dedupe_scheme").count().collectAsList()) {
            schemes.put(r.getString(0), r.getLong(1));
        }
        Map<String, Long> phaseMillis = new LinkedHashMap<>(phases);
        phaseMillis.put("components_rounds", (long) rounds);
        return new DedupeReport("dedupe", started.toString(), Duration.between(started, Instant.now()).toMillis(),
                false, "full", "corpus-spark compares every document on every run", parameters(), documents,
                documents, linking(exact), linking(near), clusters, duplicates, changed, byLanguage, sizes,
                examples(clustered), lines == null ? null : lines.summary(), schemes, phaseMillis);
    }

    private DedupeReport.Parameters parameters() {
        SignatureScheme s = settings.dedupe().defaults();
        List<String> kinds = new ArrayList<>();
        if (options.exact()) {
            kinds.add("exact");
        }
        if (options.near()) {
            kinds.add("near");
        }
        if (options.lines()) {
            kinds.add("lines");
        }
        return new DedupeReport.Parameters(kinds, options.threshold(), options.keep(), options.verify(),
                s.components(), s.bitsPerComponent(), s.bands(), s.rows(),
                round(s.candidateProbability(options.threshold())), round(s.curveMidpoint()), options.minDocs(),
                options.minShare());
    }

    private static DedupeReport.Linking linking(DedupeJob.Linking l) {
        return new DedupeReport.Linking(l.groups(), l.candidatePairs(), l.linkedPairs(), l.exactChecks());
    }

    /** Duplicates per language, exact (equal to the kept member after folding) or near, and boilerplate documents. */
    private static Map<String, DedupeReport.LanguageCounts> languages(Dataset<Row> written,
                                                                       BoilerplateScan.Result lines) {
        Dataset<Row> duplicates = written.where(col("status").equalTo(Status.DUPLICATE.value()))
                .select(col("lang"), col("duplicate_of"), col("loose_hash"));
        Dataset<Row> keptKeys = written.select(col("id").as("duplicate_of"), col("loose_hash").as("kept_loose"));
        Map<String, long[]> counts = new TreeMap<>();
        for (Row r : duplicates.join(keptKeys, "duplicate_of")
                .withColumn("exact", col("loose_hash").equalTo(col("kept_loose")))
                .groupBy("lang", "exact").agg(count("*")).collectAsList()) {
            long[] c = counts.computeIfAbsent(r.getString(0), k -> new long[2]);
            c[r.getBoolean(1) ? 0 : 1] += r.getLong(2);
        }
        Map<String, Long> boilerplate = lines == null ? Map.of() : lines.summary().documentsByLanguage();
        Map<String, DedupeReport.LanguageCounts> out = new TreeMap<>();
        java.util.Set<String> langs = new java.util.TreeSet<>(counts.keySet());
        langs.addAll(boilerplate.keySet());
        for (String lang : langs) {
            long[] c = counts.getOrDefault(lang, new long[2]);
            out.put(lang, new DedupeReport.LanguageCounts(c[0], c[1], boilerplate.getOrDefault(lang, 0L)));
        }
        return out;
    }

    /** Documents whose status, cluster or duplicate_of differ from the input's. */
    private static long changed(Dataset<Row> written, Dataset<Row> before) {
        Dataset<Row> old = before.select(col("id"), col("status").as("old_status"), col("cluster").as("old_cluster"),
                col("duplicate_of").as("old_duplicate_of"));
        return written.select("id", "status", "cluster", "duplicate_of").join(old, "id")
                .where(col("status").eqNullSafe(col("old_status")).and(col("cluster").eqNullSafe(col("old_cluster")))
                        .and(col("duplicate_of").eqNullSafe(col("old_duplicate_of"))).unary_$bang())
                .count();
    }

    /** The largest clusters (ties by name), each with up to ten members in id order. */
    private List<DedupeReport.ClusterExample> examples(Dataset<Row> clustered) {
        if (options.examples() == 0) {
            return List.of();
        }
        List<Row> top = clustered.groupBy("cluster").agg(count("*").as("size"))
                .orderBy(col("size").desc(), col("cluster")).limit(options.examples()).collectAsList();
        if (top.isEmpty()) {
            return List.of();
        }
        List<String> names = top.stream().map(r -> r.getString(0)).toList();
        Dataset<Row> members = clustered.where(col("cluster").isin(names.toArray()))
                .withColumn("n", row_number().over(Window.partitionBy("cluster").orderBy("id")));
        Map<String, List<Row>> byCluster = new TreeMap<>();
        for (Row r : members.where(col("n").leq(EXAMPLE_MEMBERS).or(col("duplicate_of").isNull()))
                .select("cluster", "id", "source", "part", "lang", "status", "duplicate_of", "minhash")
                .orderBy("cluster", "id").collectAsList()) {
            byCluster.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        }
        NearPairs rule = new NearPairs(settings, options.threshold(), options.verify());
        List<DedupeReport.ClusterExample> out = new ArrayList<>();
        for (Row t : top) {
            String name = t.getString(0);
            List<Row> rows = byCluster.getOrDefault(name, List.of());
            Row kept = rows.stream().filter(r -> r.isNullAt(6)).findFirst().orElse(null);
            byte[] keptSig = kept == null ? null : kept.getAs("minhash");
            List<DedupeReport.ClusterMember> list = new ArrayList<>();
            for (Row r : rows.subList(0, Math.min(EXAMPLE_MEMBERS, rows.size()))) {
                list.add(new DedupeReport.ClusterMember(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), round(rule.estimate(keptSig, r.getAs("minhash")))));
            }
            out.add(new DedupeReport.ClusterExample(name, name.substring(0, name.indexOf('-')), (int) t.getLong(1),
                    kept == null ? null : kept.getString(1), list));
        }
        return out;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
