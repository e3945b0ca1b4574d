package org.seacorpus.spark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.seacorpus.spark.IndexJob;
import org.seacorpus.spark.JobReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus-spark index}: Lucene shards that corpus search and stats open together. */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build one Lucene index per shard, each a corpus home in the format of corpus import, and "
                + "OUT/shards.json: corpus -C OUT search|stats|kwic|export then read all shards together, "
                + "read-only.",
                "",
                "Example:  corpus-spark index --out /data/th/index --shards 8 /data/th/deduped",
                "          corpus -C /data/th/index search 'ข้าว' --kwic"})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Parameters(index = "0", paramLabel = "IN", description = "A dedupe (or prepare) output folder.")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must be on a "
            + "file system corpus can open to search it: local or mounted).")
    String out;

    @Option(names = "--name", paramLabel = "NAME", description = "Corpus name (default: the input folder's name).")
    String name;

    @Option(names = "--shards", paramLabel = "N", description = "Shards (default: one per million documents).")
    int shards;

    @Override
    public Integer call() throws Exception {
        String corpusName = name != null ? name : Path.of(in.replaceAll("/+$", "")).getFileName().toString();
        SparkSession spark = SparkSessions.open("index", job.master);
        try {
            JobReport report = new IndexJob(spark, new IndexJob.Options(in, out, corpusName, shards,
                    job.overwrite)).run();
            Reports.print(report, job.json);
            return 0;
        } finally {
            SparkSessions.release(spark);
        }
    }
}
