package org.seacorpus.spark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.spark.ExportJob;
import org.seacorpus.spark.ExportJobOptions;
import org.seacorpus.spark.JobReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus-spark export}: the training set, as corpus export writes it. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the training set in the Hugging Face layout with manifest.json and README.md, with "
                + "the same rows, files and filters as corpus export: OUT/<code>/<split>-NNNNN-of-NNNNN.<ext>.",
                "",
                "Example:  corpus-spark export --out /data/th/release --quality --redact-pii /data/th/deduped"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Parameters(index = "0", paramLabel = "IN", description = "A dedupe (or prepare) output folder.")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    String out;

    @Option(names = "--name", paramLabel = "NAME", description = "Corpus name in the manifest and dataset card "
            + "(default: the input folder's name).")
    String name;

    @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl, parquet or txt.")
    String format;

    @Option(names = "--compress", paramLabel = "C", defaultValue = "zstd", description = "zstd, gzip or none.")
    String compress;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only these languages (repeatable).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only documents with one of these tags (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--include-duplicates", description = "Also export documents marked duplicate.")
    boolean includeDuplicates;

    @Option(names = "--quality", description = "Remove documents failing their language's quality thresholds.")
    boolean quality;

    @Option(names = "--redact-pii", description = "Replace e-mail addresses, phone numbers, IDs… with placeholders.")
    boolean redactPii;

    @Option(names = "--drop-boilerplate", description = "Remove the boilerplate lines dedupe found.")
    boolean dropBoilerplate;

    @Option(names = "--split", paramLabel = "NAME=F,…", defaultValue = "train=1",
            description = "Splits by a seeded hash of the id (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the split hash.")
    long seed;

    @Option(names = "--shard-rows", paramLabel = "N", defaultValue = "100000", description = "Rows per file.")
    int shardRows;

    @Option(names = "--shard-size", paramLabel = "SIZE", defaultValue = "256MB", description = "Bytes per file.")
    String shardSize;

    @Option(names = "--decontaminate", paramLabel = "FILE", description = "Benchmark files whose long n-grams must "
            + "not appear in the training data (repeatable).")
    List<String> decontaminate = new ArrayList<>();

    @Option(names = "--contaminated", paramLabel = "drop|flag", defaultValue = "drop",
            description = "What to do with a document sharing such an n-gram.")
    String contaminated;

    @Override
    public Integer call() throws Exception {
        List<String> statuses = includeDuplicates ? List.of("ok", "duplicate") : List.of("ok");
        ExportJobOptions options = new ExportJobOptions(in, out, format, compress, langs, shardRows,
                ExportOptions.parseSize(shardSize), statuses, tags, quality, null, redactPii, dropBoilerplate, split,
                seed, decontaminate, contaminated, 0, 0, job.overwrite);
        String corpusName = name != null ? name : Path.of(in.replaceAll("/+$", "")).getFileName().toString();
        SparkSession spark = SparkSessions.open("export", job.master);
        try {
            JobReport report = new ExportJob(spark, options, corpusName).run();
            Reports.print(report, job.json);
            return 0;
        } finally {
            SparkSessions.release(spark);
        }
    }
}
