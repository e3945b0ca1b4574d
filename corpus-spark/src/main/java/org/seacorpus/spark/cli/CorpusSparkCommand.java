package org.seacorpus.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code corpus-spark}: the seacorpus pipeline as Spark jobs, for {@code spark-submit} (the assembly's main class)
 * and {@code bin/corpus-spark}. One class per job; the jobs themselves are in {@code org.seacorpus.spark}.
 */
@Command(name = "corpus-spark", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        description = {"The seacorpus pipeline on Apache Spark, for corpora that outgrow one machine.",
                "",
                "  prepare  inputs -> documents (Parquet, by language), through the same stages as corpus import",
                "  dedupe   exact and near duplicates marked (cluster, cluster size, status); nothing deleted",
                "  export   the training set in the Hugging Face layout, as corpus export writes it",
                "  index    one Lucene index per shard, opened read-only by corpus search and stats",
                "",
                "Run with spark-submit --class org.seacorpus.spark.cli.CorpusSparkCommand corpus-spark.jar JOB …,",
                "or locally with bin/corpus-spark JOB … . Each job writes its output folder whole or not at all,",
                "with a report.json beside the data."},
        subcommands = {PrepareCommand.class, DedupeCommand.class, ExportCommand.class, IndexCommand.class})
public final class CorpusSparkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code (0 done, 1 a job failed, 2 usage). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new CorpusSparkCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("corpus-spark: " + e.getMessage());
            if (System.getenv("CORPUS_SPARK_DEBUG") != null) {
                e.printStackTrace(line.getErr());
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }
}
