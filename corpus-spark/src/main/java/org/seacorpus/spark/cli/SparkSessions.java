package org.seacorpus.spark.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: under spark-submit, the master and settings it was given; run directly (tests,
 * bin/corpus-spark), {@code local[*]} unless {@code --master} says otherwise.
 */
final class SparkSessions {
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
            conf.setIfMissing("spark.sql.shuffle.partitions",
                    Integer.toString(4 * Runtime.getRuntime().availableProcessors()));
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        if (System.getenv("CORPUS_SPARK_DEBUG") == null) {
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
