package org.seacorpus.spark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.seacorpus.dedupe.TextKeys;
import org.seacorpus.export.BoilerplateSource;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.ExportParts;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.Stopwords;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import scala.Tuple2;

/**
 * The two halves of the export that run on executors: {@link #process} passes a partition's documents through the
 * core's export processor (quality filter, decontamination, boilerplate lines, PII, split), counting into a tally
 * written as a side file; {@link #write} writes the rows of one shard (one language code and split, in id order)
 * with the core's file writer and hands the files to the staging folder.
 */
final class ExportTask implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TALLIES = "_tallies";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows between the halves: language code, split, and the row's fields (metadata as JSON text). */
    static final StructType ROWS = new StructType().add("code", DataTypes.StringType).add("split", DataTypes.StringType)
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("lang", DataTypes.StringType)
            .add("script", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("cluster_size", DataTypes.LongType).add("metadata", DataTypes.StringType);

    /** A file a shard task wrote: its place in the order of files, where it is now, and what it holds. */
    static final StructType FILES = new StructType().add("code", DataTypes.StringType)
            .add("split", DataTypes.StringType).add("shard", DataTypes.LongType).add("sub", DataTypes.IntegerType)
            .add("path", DataTypes.StringType).add("rows", DataTypes.LongType).add("bytes", DataTypes.LongType)
            .add("sha256", DataTypes.StringType);

    private final ExportJobOptions options;
    private final CorpusSettings settings;
    private final HadoopConf hadoop;
    private final String staging;
    private final Broadcast<Set<Long>> boilerplate;

    ExportTask(ExportJobOptions options, CorpusSettings settings, HadoopConf hadoop, String staging,
               Broadcast<Set<Long>> boilerplate) {
        this.options = options;
        this.settings = settings;
        this.hadoop = hadoop;
        this.staging = staging;
        this.boilerplate = boilerplate;
    }

    /** The options as the core takes them, with the benchmark files as shipped to this executor. */
    ExportOptions coreOptions(Path dir) {
        List<Path> benchmarks = new ArrayList<>();
        for (String file : options.decontaminate()) {
            benchmarks.add(Path.of(SparkFiles.get(Path.of(file).getFileName().toString())));
        }
        return options.toExportOptions(dir, benchmarks);
    }

    static QualityAnalyzer analyzer(CorpusSettings settings) {
        return new QualityAnalyzer(LanguageProfiles.builtIn(), settings.segmenters(), Stopwords.builtIn());
    }

    /** Documents of partition {@code partition} to export rows; the partition's tally is written at its end. */
    Iterator<Row> process(int partition, Iterator<Row> documents) {
        Set<Long> lines = boilerplate == null ? null : boilerplate.value();
        BoilerplateSource.Lines checker = lines == null ? null : (lang, line) -> {
            OptionalLong hash = TextKeys.lineHash(line);
            return hash.isPresent() && lines.contains(hash.getAsLong());
        };
        ExportParts.Processor processor = ExportParts.processor(coreOptions(Path.of(".")), LanguageProfiles.builtIn(),
                analyzer(settings), ExportJob.qualitySettings(settings), checker, settings.segmenters());
        return new Iterator<>() {
            private Row next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    if (!documents.hasNext()) {
                        done = true;
                        writeTally(partition, processor.tally());
                        break;
                    }
                    Optional<ExportParts.Row> row = processor.process(DocumentRows.fromRow(documents.next()));
                    row.ifPresent(r -> next = RowFactory.create(r.code(), r.split(), r.id(), r.text(), r.lang(),
                            r.script(), r.source(), r.clusterSize(), json(r.metadata())));
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row out = next;
                next = null;
                return out;
            }
        };
    }

    private void writeTally(int partition, ExportParts.Tally tally) {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(staging, TALLIES);
        try {
            FileSystem fs = dir.getFileSystem(hadoop.get());
            org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(dir,
                    String.format(".part-%05d.%d", partition, System.nanoTime()));
            org.apache.hadoop.fs.Path done = new org.apache.hadoop.fs.Path(dir, String.format("part-%05d", partition));
            try (ObjectOutputStream out = new ObjectOutputStream(fs.create(tmp, true))) {
                out.writeObject(tally);
            }
            fs.delete(done, false);
            if (!fs.rename(tmp, done)) {
                throw new IOException("cannot rename " + tmp + " to " + done);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export tally under " + dir, e);
        }
    }

    /**
     * Writes the rows of one shard: {@code rows} hold ((shard ordinal, id), row) in id order, all of one shard
     * whose language code, split and number within the split are {@code shards.get(ordinal)}.
     */
    Iterator<Row> write(Iterator<Tuple2<Tuple2<Integer, String>, Row>> rows, List<ShardKey> shards) {
        if (!rows.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        Tuple2<Tuple2<Integer, String>, Row> first = rows.next();
        ShardKey shard = shards.get(first._1()._1());
        Iterator<ExportParts.Row> exportRows = new Iterator<>() {
            private Tuple2<Tuple2<Integer, String>, Row> pending = first;

            @Override
            public boolean hasNext() {
                return pending != null || rows.hasNext();
            }

            @Override
            public ExportParts.Row next() {
                Tuple2<Tuple2<Integer, String>, Row> t = pending != null ? pending : rows.next();
                pending = null;
                Row r = t._2();
                return new ExportParts.Row(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getLong(7), metadata(r.getString(8)));
            }
        };
        Path local = null;
        try {
            local = Files.createTempDirectory("corpus-export-");
            ExportOptions core = coreOptions(local);
            String stem = String.format("%s-%05d", shard.split(), shard.number());
            List<ExportParts.WrittenFile> files = ExportParts.writeFiles(local, stem, exportRows, core);
            List<Row> out = new ArrayList<>();
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(staging,
                    shard.code()), ".parts");
            FileSystem fs = dir.getFileSystem(hadoop.get());
            fs.mkdirs(dir);
            for (int sub = 0; sub < files.size(); sub++) {
                ExportParts.WrittenFile file = files.get(sub);
                org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir,
                        file.file().getFileName() + "." + java.util.UUID.randomUUID());
                fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(file.file().toUri()), target);
                out.add(RowFactory.create(shard.code(), shard.split(), shard.number(), sub, target.toString(),
                        file.rows(), file.bytes(), file.sha256()));
            }
            return out.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write shard " + shard + ": " + e.getMessage(), e);
        } finally {
            if (local != null) {
                deleteQuietly(local);
            }
        }
    }

    /** One shard of the export: its language code, split and number within the split. */
    record ShardKey(String code, String split, long number) implements Serializable {
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder goes with the executor's temporary files
        }
    }

    private static String json(Map<String, Object> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> metadata(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt export metadata: " + json, e);
        }
    }
}
