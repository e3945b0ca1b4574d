package org.seacorpus.spark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.seacorpus.spark.JobReport;
import org.seacorpus.spark.PrepareJob;
import org.seacorpus.spark.PrepareOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus-spark prepare}: inputs through the import stages into the documents dataset. */
@Command(name = "prepare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read files, folders and datasets through the import stages of corpus import (extract, "
                + "normalise, identify, segment and count, quality signals, dedupe keys) into OUT/documents, "
                + "Parquet partitioned by language. Bad inputs go to OUT/failures.jsonl and never fail the job.",
                "",
                "Example:  corpus-spark prepare --out /data/th/prepared hdfs:///crawl/th/*.jsonl.zst"})
final class PrepareCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: local paths or URIs "
            + "(hdfs://…, s3a://…): JSONL (.gz/.zst), CSV, Parquet, WARC, archives, text and office files.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (new, or with "
            + "--overwrite an earlier prepare output).")
    String out;

    @Option(names = "--root", paramLabel = "DIR", description = "Name sources relative to this folder, as "
            + "corpus import names them relative to its import root.")
    String root;

    @Option(names = "--source-name", paramLabel = "NAME", description = "Prefix of every source name, as corpus "
            + "import --source-name.")
    String sourceName;

    @Option(names = "--settings", paramLabel = "FILE", description = "A corpus.yaml whose settings to use "
            + "(normalisation, language-ID model, dictionaries, dedupe shingles); default: built-in defaults.")
    String settings;

    @Option(names = "--lang", paramLabel = "CODE", description = "Force this language instead of identifying it.")
    String lang;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag every document (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "Metadata for every document (repeatable).")
    Map<String, String> meta = new LinkedHashMap<>();

    @Option(names = "--text-field", paramLabel = "FIELD", description = "Dataset field(s) holding the text "
            + "(repeatable; default: text).")
    List<String> textFields = new ArrayList<>();

    @Option(names = "--id-field", paramLabel = "FIELD", description = "Dataset field naming a row (default: id).")
    String idField;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and folders matching (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--tasks", paramLabel = "N", description = "Read tasks (default: three per core, at most one "
            + "per file).")
    int tasks;

    @Override
    public Integer call() throws Exception {
        SettingsFile file = SettingsFile.read(settings);
        PrepareOptions options = new PrepareOptions(inputs, out, root, sourceName, file.settings(), file.dir(), lang,
                new LinkedHashSet<>(tags), meta, textFields, idField, includes, excludes, job.overwrite, tasks);
        SparkSession spark = SparkSessions.open("prepare", job.master);
        try {
            JobReport report = new PrepareJob(spark, options).run();
            Reports.print(report, job.json);
            return 0;
        } finally {
            SparkSessions.release(spark);
        }
    }
}
