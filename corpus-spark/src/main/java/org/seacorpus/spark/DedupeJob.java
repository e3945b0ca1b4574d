package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.KeepPolicy;
import org.seacorpus.document.Status;

import scala.Tuple2;

/**
 * {@code dedupe}: marks exact and near duplicates in the documents dataset, as {@code corpus dedupe} marks them in
 * the index, and writes the dataset again with the marks ({@code status}, {@code cluster}, {@code duplicate_of},
 * {@code cluster_size}); nothing is deleted.
 * <ol>
 *   <li>Exact: documents sharing a loose key are joined.</li>
 *   <li>Near: LSH band keys are grouped into buckets; members of a bucket are candidate pairs (each member with at
 *       most 32 earlier ones, in id order), decided by the core's {@code NearDuplicateRule}: signatures first,
 *       the exact Jaccard of the stored shingle sets for pairs near the threshold.</li>
 *   <li>Joined pairs become clusters by connected components (large-star/small-star); each cluster keeps one
 *       member by the CLI's keep policy and is named as the CLI names it.</li>
 *   <li>Lines: line hashes in enough non-duplicate documents are boilerplate ({@link BoilerplateScan}).</li>
 * </ol>
 * Every document is compared every time (there is no incremental mode: the output is a new dataset).
 */
public final class DedupeJob {
    /** Connected components' rounds, inside the staging folder (removed before the output is committed). */
    static final String CHECKPOINTS = "_checkpoints";
    /**
     * Marks (one per clustered document: id, cluster name, size, kept id; about 150 bytes) sent whole to every task
     * up to at least this many: about 40 MB, well within an executor's share of 1 GB per core and the driver's heap;
     * more when a tenth of the driver's heap and of an executor's memory holds them ({@link #broadcastMarks}).
     */
    static final long BROADCAST_MARKS = 250_000;
    /** Bytes a broadcast mark takes in memory, row and hash table, counted generously. */
    static final long MARK_BYTES = 200;
    /** Band entries ({@value BucketPairs#ENTRY} bytes each) a bucket partition holds at most, about: 84 MB. */
    static final long BAND_ENTRIES = 3_000_000;
    /** Documents whose signatures one pair partition holds at most, about. */
    static final long PAIR_DOCUMENTS = 250_000;
    static final long MAX_PARTITIONS = 100_000;
    /** Ids of documents whose shingle sets are checked by SQL joins, sent whole to every task up to this many (about 50 MB). */
    static final long BROADCAST_IDS = 1_000_000;
    private final SparkSession spark;
    private final DedupeJobOptions options;

    public DedupeJob(SparkSession spark, DedupeJobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public JobReport run() throws IOException {
        Instant started = Instant.now();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        StageOutput.requireComplete(hadoop, options.in(), "prepare");
        CorpusSettings settings = CorpusSettings.read(hadoop, options.in());
        StageOutput output = StageOutput.begin(hadoop, options.out(), options.overwrite(),
                PrepareJob.runId(started));
        try {
            Map<String, Long> phases = new LinkedHashMap<>();
            Dataset<Row> docs = spark.read().parquet(options.in() + "/" + PrepareJob.DOCUMENTS);
            Dataset<Row> keys = docs.select(col("id"), col("lang"), col("loose_hash"), col("minhash"),
                    col("lsh_bands"), col("imported_at"), col("import_seq"), col("chars"), col("lang_score"),
                    col("status"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long documents = keys.count();

            long phase = System.nanoTime();
            // the components' rounds (of the linked pairs, and of the pairs to check when the driver cannot hold them)
            spark.sparkContext().setCheckpointDir(output.staged(CHECKPOINTS));
            Linking exact = options.exact() ? exactEdges(keys) : Linking.none(spark);
            phase = lap(phases, "exact", phase);
            Linking near = options.near() ? nearEdges(keys, documents, docs, settings) : Linking.none(spark);
            phase = lap(phases, "near", phase);

            ConnectedComponents.Result components = ConnectedComponents.of(exact.edges().union(near.edges()));
            Dataset<Row> marks = marks(components.members(), keys).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> marked = applyMarks(docs, marks, marks.count() <= broadcastMarks(spark));
            phase = lap(phases, "resolve", phase);

            DocumentsWriter.write(marked, output.staged(PrepareJob.DOCUMENTS));
            phase = lap(phases, "write", phase);
            Dataset<Row> written = spark.read().parquet(output.staged(PrepareJob.DOCUMENTS));
            BoilerplateScan.Result lines = options.lines()
                    ? new BoilerplateScan(options.lineThreshold()).run(written, output.staged(BoilerplateScan.FOLDER))
                    : null;
            lap(phases, "lines", phase);

            DedupeReport report = new DedupeReportBuilder(options, settings, spark).build(started, documents, exact,
                    near, components.rounds(), written, docs, lines, phases);
            settings.write(hadoop, output.staging());
            new org.apache.hadoop.fs.Path(output.staged(CHECKPOINTS)).getFileSystem(hadoop)
                    .delete(new org.apache.hadoop.fs.Path(output.staged(CHECKPOINTS)), true);
            JobReport job = new JobReport("dedupe", started.toString(),
                    Duration.between(started, Instant.now()).toMillis(), true, 0, List.of(options.in()),
                    output.out(), SparkInfo.of(spark), null, report, null, null, List.of(), 0);
            output.writeReport(job);
            output.commit();
            keys.unpersist();
            marks.unpersist();
            return job;
        } finally {
            output.abandonUnlessCommitted();
        }
    }

    /**
     * Marks a broadcast join may send: at least {@link #BROADCAST_MARKS}, and as many as fit in a tenth of the
     * smaller of the driver's heap (which collects them) and an executor's memory (which holds one copy for its
     * tasks); in local mode the driver is the executor. At a million documents and a 3 GB driver, 700,000 marks
     * are broadcast instead of shuffling every document, text and all.
     */
    static long broadcastMarks(SparkSession spark) {
        long driver = Runtime.getRuntime().maxMemory();
        long executor = spark.sparkContext().isLocal() ? driver
                : spark.sparkContext().getConf().getSizeAsBytes("spark.executor.memory", "1g");
        return Math.max(BROADCAST_MARKS, Math.min(driver, executor) / 10 / MARK_BYTES);
    }

    private static long lap(Map<String, Long> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1_000_000);
        return now;
    }

    /** Pairs joined by one kind of linking, and what it looked at (for the report). */
    record Linking(Dataset<Row> edges, long groups, long candidatePairs, long linkedPairs, long exactChecks) {
        static Linking none(SparkSession spark) {
            StructType schema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
            return new Linking(spark.createDataFrame(List.<Row>of(), schema), 0, 0, 0, 0);
        }
    }

    /** Every member of a loose-key group joined to the group's smallest id. */
    private static Linking exactEdges(Dataset<Row> keys) {
        var group = Window.partitionBy("loose_hash");
        Dataset<Row> grouped = keys.where(col("loose_hash").isNotNull())
                .select(col("id"), col("loose_hash"), min("id").over(group).as("first"), count("*").over(group).as("n"))
                .where(col("n").geq(2)).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> edges = grouped.where(col("id").notEqual(col("first"))).select(col("first").as("a"),
                col("id").as("b"));
        // both counts in one job: members other than the first, and groups (one "first" each)
        Row counts = grouped.agg(count(when(col("id").notEqual(col("first")), lit(1))),
                count(when(col("id").equalTo(col("first")), lit(1)))).first();
        long pairs = counts.getLong(0);
        long groups = counts.getLong(1);
        return new Linking(edges, groups, pairs, pairs, 0);
    }

    /**
     * LSH buckets to candidate pairs to verified edges. The band keys, the pairs and the signatures move as packed
     * primitives ({@link BucketPairs}, {@link PairSignatures}) in partitions sized to the data; only the pairs the
     * signatures leave open read the shingle sets, and only those documents' sets are read.
     */
    private Linking nearEdges(Dataset<Row> keys, long documents, Dataset<Row> docs, CorpusSettings settings) {
        int shuffle = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        int bands = settings.dedupe().defaults().bands();
        int bucketParts = (int) Math.max(shuffle, Math.min(MAX_PARTITIONS, documents * bands / BAND_ENTRIES + 1));
        int pairParts = (int) Math.max(shuffle, Math.min(MAX_PARTITIONS, documents / PAIR_DOCUMENTS + 1));
        Dataset<Row> signed = keys.where(col("minhash").isNotNull());
        JavaPairRDD<Integer, byte[]> candidates = signed.select(col("id"), col("lsh_bands")).javaRDD()
                .mapPartitionsToPair(rows -> Chunks.encode(rows, bucketParts,
                        (row, sink) -> BucketPairs.encode(row, sink, bucketParts)))
                .partitionBy(new HashPartitioner(bucketParts))
                .mapPartitionsToPair(entries -> BucketPairs.pairs(entries, pairParts))
                .persist(StorageLevel.MEMORY_AND_DISK());
        spark.sparkContext().setJobDescription("dedupe: LSH buckets");
        long groups = candidates.map(Chunks::countOf).fold(0L, Long::sum);

        // the signatures once to the partition of their id; read there by both of the next steps
        JavaPairRDD<Integer, byte[]> signatures = signed.select(col("id"), col("minhash")).javaRDD()
                .mapPartitionsToPair(rows -> Chunks.encode(rows, pairParts,
                        (row, sink) -> PairSignatures.encode(row, sink, pairParts)))
                .partitionBy(new HashPartitioner(pairParts));
        JavaPairRDD<Integer, byte[]> firsts = candidates.filter(c -> c._1() != Chunks.COUNT)
                .partitionBy(new HashPartitioner(pairParts))
                .zipPartitions(signatures, (pairs, sigs) -> PairSignatures.withFirst(pairs, sigs, pairParts))
                .mapToPair(c -> c)
                .persist(StorageLevel.MEMORY_AND_DISK());
        spark.sparkContext().setJobDescription("dedupe: candidate pairs");
        long pairCount = firsts.map(Chunks::countOf).fold(0L, Long::sum);
        candidates.unpersist();

        NearPairs judge = new NearPairs(settings, options.threshold(), options.verify());
        JavaRDD<Row> judged = firsts.filter(c -> c._1() != Chunks.COUNT)
                .partitionBy(new HashPartitioner(pairParts))
                .zipPartitions(signatures, (pairs, sigs) -> PairSignatures.verdicts(pairs, sigs, judge));
        Dataset<Row> verdicts = spark.createDataFrame(judged, ShingleChecks.VERDICTS).persist(StorageLevel.MEMORY_AND_DISK());
        spark.sparkContext().setJobDescription(null);

        // pairs near the threshold: the exact Jaccard of the shingle sets prepare stored (as the CLI reads the
        // store's), so neither the texts are shuffled nor segmented again; only those documents' sets are read,
        // grouped by the components the pairs form (found on the driver when it holds the pairs, else on the executors)
        Dataset<Row> toCheck = verdicts.where(col("verdict").equalTo(NearPairs.CHECK)).select("a", "b")
                .persist(StorageLevel.MEMORY_AND_DISK());
        long checkPairs = toCheck.count();
        spark.sparkContext().setJobDescription("dedupe: shingle checks");
        Dataset<Row> checked = (checkPairs <= ShingleChecks.localPairs()
                ? ShingleChecks.grouped(toCheck, docs, judge, shuffle)
                : ShingleChecks.distributed(toCheck, docs, judge, shuffle, ConnectedComponents.localEdges()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long exactChecks = checked.count();
        spark.sparkContext().setJobDescription(null);
        Dataset<Row> edges = verdicts.where(col("verdict").equalTo(NearPairs.SIMILAR)).select("a", "b")
                .union(checked.where(col("verdict").equalTo(NearPairs.SIMILAR)).select("a", "b"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long linked = edges.count();
        verdicts.unpersist();
        toCheck.unpersist();
        firsts.unpersist();
        return new Linking(edges, groups, pairCount, linked, exactChecks);
    }

    /**
     * The marks of every clustered document: {@code id, cluster, cluster_size, kept, exact_copy} where
     * {@code kept} is the member the keep policy keeps and {@code exact_copy} tells a member equal to it after folding.
     * The members meet their keys in one join and their cluster in one shuffle ({@link ClusterMember#marks}): before,
     * the kept member, the size and the distinct loose keys were three aggregations joined back together (five
     * shuffles of the clustered documents, 17.5 task CPU s and 469 MB at a million documents, docs/spark.md).
     */
    private Dataset<Row> marks(Dataset<Row> members, Dataset<Row> keys) {
        Dataset<Row> attributes = members.join(keys, "id").select(col("id"), col("root"), col("status"),
                col("imported_at"), col("import_seq"), col("chars"), col("lang_score"), col("loose_hash"));
        KeepPolicy keep = options.keepPolicy();
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        JavaRDD<Row> marks = attributes.javaRDD().mapToPair(r -> new Tuple2<>(r.<String>getAs("root"),
                        new ClusterMember(r.getAs("id"), Status.REJECTED.value().equals(r.getAs("status")),
                                r.<Long>getAs("imported_at"), r.<Long>getAs("import_seq"), r.<Long>getAs("chars"),
                                r.<Double>getAs("lang_score"), r.getAs("loose_hash"))))
                .groupByKey(partitions)
                .flatMap(cluster -> ClusterMember.marks(cluster._1(), cluster._2(), keep).iterator());
        return spark.createDataFrame(marks, ClusterMember.MARKS);
    }

    /**
     * The documents with their new marks: a rejected document stays rejected; a cluster's kept member is ok and
     * the others duplicates; documents outside any cluster lose old marks, and old duplicates become ok again.
     * Marks that fit ({@link #broadcastMarks}) are sent to every task (a broadcast join): the documents, texts and
     * all, are then read and written where they lie instead of being shuffled to meet their marks (at 100,000
     * generated documents that shuffle was 197 MB of the dedupe's 460). More marks than that are joined by a shuffle.
     */
    private static Dataset<Row> applyMarks(Dataset<Row> docs, Dataset<Row> marks, boolean broadcast) {
        Dataset<Row> renamed = marks.withColumnRenamed("id", "marked_id");
        Dataset<Row> joined = docs.drop("cluster", "duplicate_of", "cluster_size").join(
                broadcast ? org.apache.spark.sql.functions.broadcast(renamed) : renamed,
                col("id").equalTo(col("marked_id")), "left_outer");
        var rejected = col("status").equalTo(Status.REJECTED.value());
        var clustered = col("marked_id").isNotNull();
        var status = when(rejected, col("status"))
                .when(clustered.and(col("kept").equalTo(col("id"))), lit(Status.OK.value()))
                .when(clustered, lit(Status.DUPLICATE.value()))
                .otherwise(lit(Status.OK.value()));
        Dataset<Row> out = joined.withColumn("status", status)
                .withColumn("duplicate_of", when(clustered.and(col("kept").notEqual(col("id"))), col("kept")))
                .withColumn("cluster_size", when(clustered, col("cluster_size")).otherwise(lit(0)));
        return out.select(java.util.Arrays.stream(DocumentRows.SCHEMA.fieldNames())
                .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
    }
}
