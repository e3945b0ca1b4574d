package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Documents of one {@code prepare} run that repeat an id, wherever they were read: two rows of one dataset with the
 * same id field, the same file given twice, two inputs with the same source name read by different tasks. The CLI's
 * rule ({@code corpus import}): the first document of the run keeps the id, every later one is a {@code duplicate_id}
 * failure and is not stored. "First" is the run's order, as {@code import_seq} numbers it (the file's place in the
 * listing, then the row's place in its file), so the answer does not depend on which task read what.
 *
 * <p>The check costs one shuffle of the {@code id} and {@code import_seq} columns; only when it finds a repeat is the
 * dataset written again without the later copies (the ids that repeat are ranked alone, the rest passes through).
 */
final class RepeatedIds {
    /** The reason {@code corpus import} gives (its {@code ImportJob}): the two engines report alike. */
    static final String REASON = "repeats the id of a document already imported in this run (an earlier row or file "
            + "with the same source and part): only the first is kept";
    private static final String RANK = "_rank";
    private static final String WITHOUT = "_documents-without-repeats";

    /** A document dropped for repeating an id: its id, place in the run, language and part. */
    record Repeat(String id, long sequence, String lang, String part) {
        /** The place in the listing of the file it came from (from 1). */
        long fileOrder() {
            return sequence >>> 24;
        }
    }

    private RepeatedIds() {
    }

    /**
     * Finds the later copies of repeated ids in the dataset under {@code documents} and, when there are some,
     * replaces the dataset with one without them.
     *
     * @return the documents dropped, in run order
     */
    static List<Repeat> resolve(SparkSession spark, Configuration hadoop, String documents) throws IOException {
        Dataset<Row> docs = spark.read().parquet(documents);
        WindowSpec byId = Window.partitionBy(DocumentRows.ID).orderBy(DocumentRows.IMPORT_SEQ);
        List<Row> later = docs.select(col(DocumentRows.ID), col(DocumentRows.IMPORT_SEQ), col(DocumentRows.LANG),
                        col("part"))
                .withColumn(RANK, row_number().over(byId)).where(col(RANK).gt(1))
                .orderBy(DocumentRows.IMPORT_SEQ, DocumentRows.ID).collectAsList();
        List<Repeat> repeats = new ArrayList<>();
        for (Row r : later) {
            repeats.add(new Repeat(r.getString(0), r.getLong(1), r.getString(2), r.getString(3)));
        }
        if (repeats.isEmpty()) {
            return repeats;
        }
        Dataset<Row> ids = spark.createDataFrame(later, later.get(0).schema()).select(DocumentRows.ID).distinct();
        Dataset<Row> unique = docs.join(ids, docs.col(DocumentRows.ID).equalTo(ids.col(DocumentRows.ID)), "left_anti");
        Dataset<Row> firsts = docs.join(ids, docs.col(DocumentRows.ID).equalTo(ids.col(DocumentRows.ID)), "left_semi")
                .withColumn(RANK, row_number().over(byId)).where(col(RANK).equalTo(1)).drop(RANK);
        Path target = new Path(documents);
        Path rewritten = new Path(target.getParent(), WITHOUT);
        String[] columns = DocumentRows.SCHEMA.fieldNames();
        DocumentsWriter.write(unique.select(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
                .unionByName(firsts), rewritten.toString());
        FileSystem fs = target.getFileSystem(hadoop);
        if (!fs.delete(target, true) || !fs.rename(rewritten, target)) {
            throw new IOException("cannot replace " + target + " by " + rewritten);
        }
        return repeats;
    }
}
