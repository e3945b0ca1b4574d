package org.seacorpus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusLoader;
import org.seacorpus.corpus.CorpusShards;
import org.seacorpus.document.Document;

import scala.Tuple2;

/**
 * {@code index}: one Lucene index per output shard, each a corpus home in the store format of {@code corpus
 * import} (same fields, analyzers and marks), with a {@code shards.json} beside them, so that {@code corpus -C OUT
 * search|stats|kwic|export} opens all of them together, read-only. A document goes to the shard given by its id
 * (a hash), so the same documents give the same shards. Each shard is built on an executor's local disk and then
 * copied into the output folder.
 */
public final class IndexJob {
    /** What an index run builds. */
    public record Options(String in, String out, String name, int shards, boolean overwrite) implements
            java.io.Serializable {
        public Options {
            if (in == null || out == null) {
                throw new IllegalArgumentException("index needs an input folder and an output folder (--out)");
            }
            if (shards < 0) {
                throw new IllegalArgumentException("--shards must be positive, not " + shards);
            }
        }
    }

    private static final StructType BUILT = new StructType().add("shard", DataTypes.IntegerType)
            .add("documents", DataTypes.LongType).add("languages", DataTypes.StringType);

    private final SparkSession spark;
    private final Options options;

    public IndexJob(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    public JobReport run() throws IOException {
        Instant started = Instant.now();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        StageOutput.requireComplete(hadoop, options.in(), "prepare or dedupe");
        CorpusSettings settings = CorpusSettings.read(hadoop, options.in());
        StageOutput output = StageOutput.begin(hadoop, options.out(), options.overwrite(), PrepareJob.runId(started));
        try {
            Dataset<Row> docs = spark.read().parquet(options.in() + "/" + PrepareJob.DOCUMENTS);
            int shards = options.shards() > 0 ? options.shards()
                    : (int) Math.max(1, Math.min(256, (docs.count() + 999_999) / 1_000_000));
            Builder builder = new Builder(options.name(), settings, new HadoopConf(hadoop), output.staging());
            JavaSparkContext.fromSparkContext(spark.sparkContext()).setJobDescription("corpus-spark index: "
                    + shards + " shards");
            List<Row> built = spark.createDataFrame(docs.javaRDD()
                    .mapToPair(r -> new Tuple2<>(shardOf(r.getAs(DocumentRows.ID), shards), r))
                    .partitionBy(new HashPartitioner(shards))
                    .mapPartitionsWithIndex(builder::build, false), BUILT).collectAsList();
            List<String> names = new ArrayList<>();
            Map<String, Object> perShard = new TreeMap<>();
            long total = 0;
            for (Row r : built.stream().sorted(Comparator.comparingInt(r -> r.getInt(0))).toList()) {
                names.add(shardName(r.getInt(0)));
                perShard.put(shardName(r.getInt(0)), Map.of("documents", r.getLong(1), "languages",
                        StageOutput.JSON.readTree(r.getString(2))));
                total += r.getLong(1);
            }
            Path local = Files.createTempDirectory("corpus-shards-");
            try {
                new CorpusShards(options.name(), names).write(local);
                FileSystem fs = new org.apache.hadoop.fs.Path(output.staging()).getFileSystem(hadoop);
                fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(local.resolve(CorpusShards.FILE).toUri()),
                        new org.apache.hadoop.fs.Path(output.staging(), CorpusShards.FILE));
            } finally {
                Files.deleteIfExists(local);
            }
            Map<String, Object> index = new TreeMap<>();
            index.put("documents", total);
            index.put("shards", perShard);
            JobReport report = new JobReport("index", started.toString(),
                    Duration.between(started, Instant.now()).toMillis(), true, 0, List.of(options.in()),
                    output.out(), SparkInfo.of(spark), null, null, null, index, List.of(), 0);
            output.writeReport(report);
            output.commit();
            return report;
        } finally {
            output.abandonUnlessCommitted();
        }
    }

    /** The shard of a document: its id (hex of a hash) read as a number, modulo the shard count. */
    static int shardOf(String id, int shards) {
        return (int) Long.remainderUnsigned(Long.parseUnsignedLong(id.substring(0, Math.min(15, id.length())), 16),
                shards);
    }

    static String shardName(int shard) {
        return String.format("shard-%05d", shard);
    }

    /** Builds one shard on an executor. */
    record Builder(String name, CorpusSettings settings, HadoopConf hadoop, String staging)
            implements java.io.Serializable {
        Iterator<Row> build(int shard, Iterator<Tuple2<Integer, Row>> rows) {
            Path local = null;
            try {
                local = Files.createTempDirectory("corpus-shard-");
                Path home = local.resolve(shardName(shard));
                Corpus corpus = Corpus.create(home, name, settings.settings());
                long documents = 0;
                Map<String, Long> languages = new TreeMap<>();
                try (CorpusLoader loader = CorpusLoader.open(corpus)) {
                    while (rows.hasNext()) {
                        Row row = rows.next()._2();
                        Document doc = DocumentRows.fromRow(row);
                        loader.add(doc, Instant.ofEpochMilli(row.<Long>getAs(DocumentRows.IMPORTED_AT)));
                        documents++;
                        languages.merge(doc.language().lang(), 1L, Long::sum);
                    }
                }
                org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(staging, shardName(shard));
                org.apache.hadoop.fs.Path attempt = new org.apache.hadoop.fs.Path(staging,
                        "." + shardName(shard) + "." + java.util.UUID.randomUUID());
                FileSystem fs = target.getFileSystem(hadoop.get());
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(home.toUri()), attempt);
                fs.delete(target, true);
                if (!fs.rename(attempt, target)) {
                    throw new IOException("cannot rename " + attempt + " to " + target);
                }
                return List.of(RowFactory.create(shard, documents,
                        StageOutput.JSON.writeValueAsString(languages))).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build shard " + shard + ": " + e.getMessage(), e);
            } finally {
                if (local != null) {
                    try (var walk = Files.walk(local)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException e) {
                        // a leftover temporary folder goes with the executor's temporary files
                    }
                }
            }
        }
    }
}
