package org.seacorpus.spark.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.spark.DedupeJob;
import org.seacorpus.spark.DedupeJobOptions;
import org.seacorpus.spark.JobReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus-spark dedupe}: marks duplicates in a documents dataset. */
@Command(name = "dedupe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Mark exact and near duplicates as corpus dedupe does (same threshold, verification and "
                + "keep policy), and write the documents again with status, cluster, duplicate_of and cluster_size. "
                + "Nothing is deleted; boilerplate lines go to OUT/boilerplate for export --drop-boilerplate.",
                "",
                "Example:  corpus-spark dedupe --out /data/th/deduped /data/th/prepared"})
final class DedupeCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Parameters(index = "0", paramLabel = "IN", description = "A prepare output folder (or an earlier dedupe's).")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    String out;

    @Option(names = "--no-exact", description = "Do not join documents equal after folding.")
    boolean noExact;

    @Option(names = "--no-near", description = "Do not join near-duplicates.")
    boolean noNear;

    @Option(names = "--no-lines", description = "Do not look for boilerplate lines.")
    boolean noLines;

    @Option(names = "--threshold", paramLabel = "J", description = "Near-duplicate Jaccard threshold (default: "
            + DedupeOptions.DEFAULT_THRESHOLD + ").")
    double threshold = DedupeOptions.DEFAULT_THRESHOLD;

    @Option(names = "--keep", paramLabel = "POLICY", description = "Which member of a cluster stays ok: first, "
            + "longest or best-quality (default: first; ties to the earlier prepare run, then the smaller id).")
    String keep = "first";

    @Option(names = "--verify", paramLabel = "HOW", description = "signature, borderline (default) or jaccard.")
    String verify = "borderline";

    @Option(names = "--line-min-docs", paramLabel = "N", description = "A boilerplate line is in at least N "
            + "non-duplicate documents (default: 3).")
    int lineMinDocs = LineThreshold.DEFAULT.minDocs();

    @Option(names = "--line-min-share", paramLabel = "F", description = "… and in at least this share of them "
            + "(default: 0).")
    double lineMinShare = LineThreshold.DEFAULT.minShare();

    @Option(names = "--examples", paramLabel = "N", description = "Clusters shown in the report (default: 5).")
    int examples = 5;

    @Override
    public Integer call() throws Exception {
        DedupeJobOptions options = new DedupeJobOptions(in, out, !noExact, !noNear, !noLines, threshold, keep, verify,
                lineMinDocs, lineMinShare, examples, job.overwrite);
        SparkSession spark = SparkSessions.open("dedupe", job.master);
        try {
            JobReport report = new DedupeJob(spark, options).run();
            Reports.print(report, job.json);
            return 0;
        } finally {
            SparkSessions.release(spark);
        }
    }
}
