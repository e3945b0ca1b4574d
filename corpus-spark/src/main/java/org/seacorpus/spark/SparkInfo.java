package org.seacorpus.spark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

/** The Spark run a report came from: master, application id, Spark version and default parallelism. */
final class SparkInfo {
    private SparkInfo() {
    }

    static Map<String, Object> of(SparkSession spark) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("master", spark.sparkContext().master());
        info.put("application_id", spark.sparkContext().applicationId());
        info.put("spark_version", spark.version());
        info.put("default_parallelism", spark.sparkContext().defaultParallelism());
        return info;
    }
}
