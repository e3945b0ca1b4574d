package org.seacorpus.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Shuffle partitions on a cluster when the user set none: four per core the application was given. */
class ShufflePartitionsTest {
    @Test
    void fourPerCoreOfTheApplicationAtLeastEight() {
        assertThat(SparkSessions.shufflePartitions(new SparkConf(false).set("spark.cores.max", "4"), 2)).isEqualTo(16);
        assertThat(SparkSessions.shufflePartitions(new SparkConf(false).set("spark.executor.instances", "10")
                .set("spark.executor.cores", "4"), 2)).isEqualTo(160);
        assertThat(SparkSessions.shufflePartitions(new SparkConf(false), 6)).isEqualTo(24);
        assertThat(SparkSessions.shufflePartitions(new SparkConf(false), 1)).isEqualTo(8);
    }
}
