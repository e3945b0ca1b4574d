package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents dataset's writer: columns of values that hardly repeat (text, ids, hashes, the shingle hashes)
 * are written without a dictionary, the others keep theirs, the rows of a task that mixes languages are written
 * without being sorted first, and the rows read back unchanged.
 */
class DocumentsWriterTest {
    @TempDir
    Path tmp;

    @Test
    void hashesAndTextsAreWrittenPlainAndRepeatedValuesKeepTheirDictionary() throws IOException, TimeoutException {
        SparkSession spark = LocalSpark.get();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("script", DataTypes.StringType).add("lang", DataTypes.StringType)
                .add("shingle_set", DataTypes.createArrayType(DataTypes.IntegerType, false));
        List<Row> rows = List.of(
                RowFactory.create("0f3a", "ข้าวมันไก่ร้านนี้อร่อยมาก", "Thai", "th",
                        scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(-7, 12, 99_001)).toSeq()),
                RowFactory.create("1b2c", "ពួកគេទៅផ្សារ", "Khmr", "km",
                        scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(3, 5)).toSeq()),
                RowFactory.create("2d4e", "เขาไปตลาดตอนเช้า", "Thai", "th",
                        scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(-7, 40)).toSeq()));
        String out = tmp.resolve("documents").toString();
        long[] sorterMemory = {0};
        int[] tasks = {0};
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    sorterMemory[0] += end.taskMetrics().peakExecutionMemory();
                    tasks[0]++;
                }
            }
        };
        spark.sparkContext().listenerBus().waitUntilEmpty();
        spark.sparkContext().addSparkListener(listener);
        try {
            // one task holds both languages, interleaved: Spark's partitioned write would sort them first
            DocumentsWriter.write(spark.createDataFrame(rows, schema).coalesce(1), out);
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertThat(tasks[0]).isPositive();
        assertThat(sorterMemory[0]).as("execution memory of the write's tasks (a sorter's pages)").isZero();
        assertThat(spark.conf().get("spark.sql.optimizer.plannedWrite.enabled")).isEqualTo("true");

        Map<String, java.util.Set<Encoding>> encodings = new TreeMap<>();
        try (Stream<Path> files = Files.walk(tmp.resolve("documents").resolve("lang=th"))) {
            Path file = files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    for (ColumnChunkMetaData column : block.getColumns()) {
                        encodings.computeIfAbsent(column.getPath().toDotString(), k -> new java.util.TreeSet<>())
                                .addAll(column.getEncodings());
                    }
                }
            }
        }
        assertThat(encodings).containsKeys("id", "text", "script", "shingle_set.list.element");
        for (String plain : List.of("id", "text", "shingle_set.list.element")) {
            assertThat(encodings.get(plain)).as(plain).noneMatch(Encoding::usesDictionary);
        }
        assertThat(encodings.get("script")).anyMatch(Encoding::usesDictionary);

        List<Row> back = spark.read().parquet(out).orderBy("id").collectAsList();
        assertThat(back).extracting(r -> r.getAs("text")).containsExactly("ข้าวมันไก่ร้านนี้อร่อยมาก",
                "ពួកគេទៅផ្សារ", "เขาไปตลาดตอนเช้า");
        assertThat(back.get(0).<scala.collection.Seq<Integer>>getAs("shingle_set").toList().toString())
                .isEqualTo("List(-7, 12, 99001)");
        assertThat(back).extracting(r -> r.getAs("lang")).containsExactly("th", "km", "th");
    }
}
