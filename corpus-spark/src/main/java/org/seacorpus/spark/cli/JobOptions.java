package org.seacorpus.spark.cli;

import picocli.CommandLine.Option;

/** Options every job command has. */
final class JobOptions {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit "
            + "(default: local[*]); e.g. spark://host:7077.")
    String master;

    @Option(names = "--overwrite", description = "Replace an earlier output of the same job in the output folder.")
    boolean overwrite;

    @Option(names = "--json", description = "Print the job's report (also written as report.json) on stdout.")
    boolean json;
}
