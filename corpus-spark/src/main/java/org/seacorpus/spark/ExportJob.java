package org.seacorpus.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.export.DedupeBoilerplateSource;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.ExportParts;
import org.seacorpus.export.Manifest;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityFilter;

import com.fasterxml.jackson.databind.JsonNode;

import scala.Tuple2;

/**
 * {@code export}: the training set in the Hugging Face layout, as {@code corpus export} writes it from the same
 * documents: {@code OUT/<code>/<split>-NNNNN-of-NNNNN.<ext>}, {@code manifest.json} (options, counts, every file
 * with its SHA-256) and the {@code README.md} dataset card. The documents go through the core's export processor
 * on the executors; each language code and split is then written in id order, one task per file of
 * {@code --shard-rows} rows, so the files are the CLI's whenever the row limit (not the byte limit) closes them.
 */
public final class ExportJob {
    private final SparkSession spark;
    private final ExportJobOptions options;
    private final String name;

    /** @param name the corpus name for the manifest and card (the CLI takes corpus.yaml's) */
    public ExportJob(SparkSession spark, ExportJobOptions options, String name) {
        this.spark = spark;
        this.options = options;
        this.name = name;
    }

    public JobReport run() throws IOException {
        Instant started = Instant.now();
        options.toExportOptions(Path.of("."), List.of()); // every value checked now, on the driver
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        StageOutput.requireComplete(hadoop, options.in(), "prepare or dedupe");
        CorpusSettings settings = CorpusSettings.read(hadoop, options.in());
        StageOutput output = StageOutput.begin(hadoop, options.out(), options.overwrite(), PrepareJob.runId(started));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path local = Files.createTempDirectory("corpus-export-manifest-");
        try {
            for (String file : options.decontaminate()) {
                jsc.addFile(file);
            }
            Dataset<Row> all = spark.read().parquet(options.in() + "/" + PrepareJob.DOCUMENTS);
            long documents = all.count();
            Dataset<Row> selected = all.where(selection());
            Boilerplate lines = boilerplate(hadoop);
            Broadcast<Set<Long>> broadcast = lines.hashes() == null ? null : jsc.broadcast(lines.hashes());
            ExportTask task = new ExportTask(options, settings, new HadoopConf(hadoop), output.staging(), broadcast);

            Dataset<Row> rows = spark.createDataFrame(selected.javaRDD().mapPartitionsWithIndex(task::process, false),
                    ExportTask.ROWS).persist(StorageLevel.MEMORY_AND_DISK());
            List<ExportTask.ShardKey> shards = shards(rows);
            List<Row> files = writeShards(rows, shards, task);
            rows.unpersist();

            ExportParts.Tally tally = tallies(hadoop, output.staging());
            List<Manifest.FileEntry> entries = name(hadoop, output.staging(), files, options.toExportOptions(local,
                    List.of()));
            Selection state = selectionState(selected);
            ExportOptions core = options.toExportOptions(local, options.decontaminate().stream().map(Path::of).toList());
            Manifest manifest = ExportParts.finish(core, LanguageProfiles.builtIn(), ExportTask.analyzer(settings),
                    qualitySettings(settings), new ExportParts.Source(name, documents, 0, state.count(), state.sha256()),
                    tally, entries, lines.note(), lines.hashes() != null, started.toString());
            FileSystem fs = new org.apache.hadoop.fs.Path(output.staging()).getFileSystem(hadoop);
            for (String file : List.of("manifest.json", "README.md")) {
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.resolve(file).toUri()),
                        new org.apache.hadoop.fs.Path(output.staging(), file));
            }
            JobReport report = new JobReport("export", started.toString(),
                    Duration.between(started, Instant.now()).toMillis(), true, 0, List.of(options.in()),
                    output.out(), SparkInfo.of(spark), null, null, manifest, null, List.of(), 0);
            output.writeReport(report);
            output.commit();
            return report;
        } finally {
            output.abandonUnlessCommitted();
            try (var walk = Files.walk(local)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Status, language and tag selection, as the CLI's export selects (there is no --query here). */
    private Column selection() {
        Column where = col("status").isin(options.statuses().toArray());
        if (!options.langs().isEmpty()) {
            where = where.and(col("lang").isin(options.langs().toArray()));
        }
        if (!options.tags().isEmpty()) {
            Column any = lit(false);
            for (String tag : options.tags()) {
                any = any.or(array_contains(col("tags"), tag));
            }
            where = where.and(any);
        }
        return where;
    }

    @SuppressWarnings("unchecked")
    static Map<String, ?> qualitySettings(CorpusSettings settings) {
        Object quality = settings.settings().get(QualityFilter.SETTINGS_KEY);
        return quality instanceof Map<?, ?> map ? (Map<String, ?>) map : null;
    }

    /** The boilerplate line hashes dedupe found, and the note the manifest gives about them. */
    record Boilerplate(Set<Long> hashes, String note) {
    }

    private Boilerplate boilerplate(Configuration hadoop) throws IOException {
        if (!options.dropBoilerplate()) {
            return new Boilerplate(null, null);
        }
        String folder = options.in() + "/" + BoilerplateScan.FOLDER;
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
        if (!path.getFileSystem(hadoop).exists(path)) {
            return new Boilerplate(null, "no boilerplate lines in " + options.in() + ": it is not a dedupe output, or "
                    + "dedupe ran with --no-lines; no lines were removed");
        }
        Set<Long> hashes = new HashSet<>();
        for (Row r : spark.read().parquet(folder).select("line_hash").collectAsList()) {
            hashes.add(r.getLong(0));
        }
        JsonNode parameters = StageOutput.JSON.readTree(path.getFileSystem(hadoop)
                .open(new org.apache.hadoop.fs.Path(options.in(), StageOutput.REPORT)).getWrappedStream())
                .path("dedupe").path("parameters");
        LineThreshold threshold = new LineThreshold(parameters.path("line_min_docs").asInt(3),
                parameters.path("line_min_share").asDouble(0));
        return new Boilerplate(hashes, new DedupeBoilerplateSource(threshold).toString());
    }

    /** Every shard of the export, in order: per language code and split, {@code ceil(rows / shard rows)}. */
    private List<ExportTask.ShardKey> shards(Dataset<Row> rows) {
        int perShard = options.toExportOptions(Path.of("."), List.of()).shardRows();
        List<ExportTask.ShardKey> out = new ArrayList<>();
        for (Row r : rows.groupBy("code", "split").count().orderBy("code", "split").collectAsList()) {
            long count = r.getLong(2);
            for (long n = 0; n * perShard < count; n++) {
                out.add(new ExportTask.ShardKey(r.getString(0), r.getString(1), n));
            }
        }
        return out;
    }

    /**
     * Rows numbered in (code, split, id) order, sent to the task of their shard and sorted by id there; each task
     * writes its shard's file(s). Returns the files written ({@link ExportTask#FILES}).
     */
    private List<Row> writeShards(Dataset<Row> rows, List<ExportTask.ShardKey> shards, ExportTask task) {
        if (shards.isEmpty()) {
            return List.of();
        }
        int perShard = options.toExportOptions(Path.of("."), List.of()).shardRows();
        Map<String, Integer> firstShard = new HashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        long offset = 0;
        String last = null;
        for (int i = 0; i < shards.size(); i++) {
            ExportTask.ShardKey k = shards.get(i);
            String group = k.code() + '\u0000' + k.split();
            if (!group.equals(last)) {
                firstShard.put(group, i);
                last = group;
            }
        }
        for (Row r : rows.groupBy("code", "split").count().orderBy("code", "split").collectAsList()) {
            firstRow.put(r.getString(0) + '\u0000' + r.getString(1), offset);
            offset += r.getLong(2);
        }
        JavaPairRDD<Tuple2<Integer, String>, Row> keyed = rows.orderBy("code", "split", "id").javaRDD()
                .zipWithIndex().mapToPair(t -> {
                    Row r = t._1();
                    String group = r.getString(0) + '\u0000' + r.getString(1);
                    long inGroup = t._2() - firstRow.get(group);
                    int shard = firstShard.get(group) + (int) (inGroup / perShard);
                    return new Tuple2<>(new Tuple2<>(shard, r.getString(2)), r);
                });
        List<ExportTask.ShardKey> keys = List.copyOf(shards);
        JavaPairRDD<Tuple2<Integer, String>, Row> byShard = keyed.repartitionAndSortWithinPartitions(
                new ShardPartitioner(shards.size()), new ShardOrder());
        return spark.createDataFrame(byShard.mapPartitions(it -> task.write(it, keys)), ExportTask.FILES)
                .collectAsList();
    }

    /** One partition per shard. */
    static final class ShardPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int shards;

        ShardPartitioner(int shards) {
            this.shards = shards;
        }

        @Override
        public int numPartitions() {
            return shards;
        }

        @Override
        @SuppressWarnings("unchecked")
        public int getPartition(Object key) {
            return ((Tuple2<Integer, String>) key)._1();
        }
    }

    /** Shard, then id. */
    static final class ShardOrder implements Comparator<Tuple2<Integer, String>>, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Tuple2<Integer, String> a, Tuple2<Integer, String> b) {
            int c = Integer.compare(a._1(), b._1());
            return c != 0 ? c : a._2().compareTo(b._2());
        }
    }

    /** Gives the written files their final names and returns their manifest entries. */
    private static List<Manifest.FileEntry> name(Configuration hadoop, String staging, List<Row> files,
                                                 ExportOptions core) throws IOException {
        List<Row> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getString(1))
                .thenComparingLong(r -> r.getLong(2)).thenComparingInt(r -> r.getInt(3)));
        Map<String, Integer> perSplit = new HashMap<>();
        for (Row r : sorted) {
            perSplit.merge(r.getString(0) + '\u0000' + r.getString(1), 1, Integer::sum);
        }
        Map<String, Integer> numbered = new HashMap<>();
        List<Manifest.FileEntry> out = new ArrayList<>();
        String extension = ExportParts.extension(core);
        for (Row r : sorted) {
            String code = r.getString(0);
            String split = r.getString(1);
            String group = code + '\u0000' + split;
            int n = numbered.merge(group, 1, Integer::sum) - 1;
            String fileName = String.format("%s-%05d-of-%05d.%s", split, n, perSplit.get(group), extension);
            org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(r.getString(4));
            org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(staging, code),
                    fileName);
            FileSystem fs = to.getFileSystem(hadoop);
            if (!fs.rename(from, to)) {
                throw new IOException("cannot rename " + from + " to " + to);
            }
            out.add(new Manifest.FileEntry(code + "/" + fileName, split, code, r.getLong(5), r.getLong(6),
                    r.getString(7)));
        }
        for (String code : new java.util.TreeSet<>(sorted.stream().map(r -> r.getString(0)).toList())) {
            org.apache.hadoop.fs.Path parts = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(staging, code),
                    ".parts");
            parts.getFileSystem(hadoop).delete(parts, true); // what retried or lost attempts left
        }
        return out;
    }

    /** The tallies of every processing task, added up; the side files are removed. */
    private static ExportParts.Tally tallies(Configuration hadoop, String staging) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(staging, ExportTask.TALLIES);
        FileSystem fs = dir.getFileSystem(hadoop);
        ExportParts.Tally total = ExportParts.Tally.empty();
        if (fs.exists(dir)) {
            for (var status : fs.listStatus(dir, p -> p.getName().startsWith("part-"))) {
                try (InputStream in = fs.open(status.getPath()); ObjectInputStream objects = new ObjectInputStream(in)) {
                    total.merge((ExportParts.Tally) objects.readObject());
                } catch (ClassNotFoundException e) {
                    throw new IOException("cannot read the tally " + status.getPath(), e);
                }
            }
            fs.delete(dir, true);
        }
        return total;
    }

    /** The selection's size and SHA-256 over (id, content hash, status) by language then id, as the CLI's. */
    record Selection(long count, String sha256) {
    }

    private static Selection selectionState(Dataset<Row> selected) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        long n = 0;
        Iterator<Row> it = selected.select("lang", "id", "content_hash", "status").orderBy("lang", "id")
                .toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            digest.update((r.getString(1) + "\t" + r.getString(2) + "\t" + r.getString(3) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            n++;
        }
        return new Selection(n, HexFormat.of().formatHex(digest.digest()));
    }
}
