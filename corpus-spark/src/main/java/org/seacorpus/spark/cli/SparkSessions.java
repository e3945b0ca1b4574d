package org.seacorpus.spark.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: under spark-submit, the master and settings it was given; run directly (tests,
 * bin/corpus-spark), {@code local[*]} unless {@code --master} says otherwise. When several jobs run as one
 * application ({@code JOB … --then JOB …}), they share the session: the executors, and the language models and
 * segmenters each executor built, serve every job, and the session is stopped once, after the last.
 */
final class SparkSessions {
    /** Set while a chain of jobs runs: {@link #release} then leaves the session open for the next job. */
    private static boolean shared;
    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    private SparkSessions() {
    }

    static SparkSession open(String job, String master) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "corpus-spark " + job);
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: a few shuffle partitions per core, not the 200 meant for clusters
            conf.setIfMissing(SHUFFLE_PARTITIONS,
                    Integer.toString(4 * Runtime.getRuntime().availableProcessors()));
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        if (!conf.contains(SHUFFLE_PARTITIONS)) {
            // a cluster: Spark's default of 200 shuffle partitions made a 100,000-document dedupe on two 1-core
            // executors 2,363 tasks (docs/spark.md); size them to the cores the application was given instead
            spark.conf().set(SHUFFLE_PARTITIONS, Integer.toString(shufflePartitions(conf,
                    spark.sparkContext().defaultParallelism())));
        }
        if (System.getenv("CORPUS_SPARK_DEBUG") == null) {
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }

    /**
     * Shuffle partitions for a cluster when the user set none: four per core the application may use (standalone's
     * {@code spark.cores.max}, or {@code spark.executor.instances × spark.executor.cores} on YARN and Kubernetes,
     * else the cores registered so far), at least 8. Adaptive execution still merges small ones.
     */
    static int shufflePartitions(SparkConf conf, int registeredCores) {
        int cores = registeredCores;
        if (conf.contains("spark.cores.max")) {
            cores = conf.getInt("spark.cores.max", cores);
        } else if (conf.contains("spark.executor.instances")) {
            cores = conf.getInt("spark.executor.instances", 1) * conf.getInt("spark.executor.cores", 1);
        }
        return Math.max(8, 4 * cores);
    }

    /** A job is done with its session: stopped, unless more jobs of the same application follow. */
    static void release(SparkSession spark) {
        if (!shared) {
            spark.stop();
        }
    }

    /** Runs {@code jobs} with one session shared by all of them, and stops it after the last. */
    static int chain(java.util.function.IntSupplier jobs) {
        shared = true;
        try {
            return jobs.getAsInt();
        } finally {
            shared = false;
            scala.Option<SparkSession> session = SparkSession.getDefaultSession();
            if (session.isDefined()) {
                session.get().stop();
            }
        }
    }
}
