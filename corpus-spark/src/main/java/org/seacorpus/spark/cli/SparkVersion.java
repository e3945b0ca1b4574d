package org.seacorpus.spark.cli;

import picocli.CommandLine;

/** {@code --version}: this build and the Spark it was built for. */
final class SparkVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CorpusSparkCommand.class.getPackage().getImplementationVersion();
        return new String[] {"corpus-spark " + (version == null ? "(development build)" : version)
                + ", for Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
    }
}
