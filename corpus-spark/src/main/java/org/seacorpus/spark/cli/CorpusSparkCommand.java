package org.seacorpus.spark.cli;

import java.util.ArrayList;
import java.util.List;

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
                "with a report.json beside the data.",
                "",
                "Several jobs as one Spark application (executors and their language models start once):",
                "  corpus-spark prepare --out P IN --then dedupe --out D P --then export --out R D",
                "The jobs run in order; the first that fails stops the chain (its exit code is returned)."},
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

    /** The word that separates the jobs of one application: {@code prepare … --then dedupe …}. */
    static final String THEN = "--then";

    /**
     * Runs a command line and returns its exit code (0 done, 1 a job failed, 2 usage). Jobs separated by
     * {@code --then} run in order in one Spark session; the first non-zero exit code ends the chain.
     */
    public static int run(String... args) {
        List<List<String>> jobs = new ArrayList<>();
        jobs.add(new ArrayList<>());
        for (String arg : args) {
            if (THEN.equals(arg)) {
                jobs.add(new ArrayList<>());
            } else {
                jobs.get(jobs.size() - 1).add(arg);
            }
        }
        if (jobs.size() == 1) {
            return runOne(args);
        }
        for (List<String> job : jobs) {
            if (job.isEmpty() || job.get(0).startsWith("-")) {
                System.err.println("corpus-spark: " + THEN + " must be followed by a job (prepare, dedupe, export, "
                        + "index) and its arguments; see corpus-spark --help");
                return 2;
            }
        }
        return SparkSessions.chain(() -> {
            for (List<String> job : jobs) {
                int code = runOne(job.toArray(String[]::new));
                if (code != 0) {
                    return code;
                }
            }
            return 0;
        });
    }

    private static int runOne(String... args) {
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
