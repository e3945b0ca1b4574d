package org.seacorpus.spark;

import java.util.List;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;

/**
 * How the {@code documents} dataset is written (prepare, its repeated-id rewrite, dedupe): zstd pages, partitioned
 * by language, no dictionary encoding for the columns whose values hardly ever repeat, and no sort.
 * <ul>
 *   <li>Dictionaries: Parquet's writer tries a dictionary for every column of every row group and falls back to
 *       plain values only once the dictionary outgrows its page: for the text, the hashes, the signature and the
 *       per-document arrays of hashes (a few hundred shingle hashes a document) that is a hash map filled and
 *       thrown away again and again. It was the largest part of Spark's own CPU time in prepare (a profile at
 *       100,000 documents, docs/spark.md). Low-cardinality columns ({@code lang}, {@code script}, {@code source},
 *       {@code mime}, {@code status}…) keep their dictionaries.</li>
 *   <li>No sort: a partitioned write in Spark sorts every task's rows by the partition column first (whole rows,
 *       texts and shingle sets, copied into the sorter and spilled when memory runs short) so that one file is
 *       open at a time. A task of prepare holds a few dozen languages at most, and a task of dedupe's rewrite
 *       reads files of one language, so a file per language stays open instead ({@value #OPEN_FILES} at most per
 *       task; beyond that Spark sorts the rest, as before). Row groups are kept to {@value #ROW_GROUP_BYTES} bytes
 *       so that the open files' buffers stay small beside an executor's memory.</li>
 * </ul>
 * The rows written are the same either way; only their order inside a file may differ, and no reader relies on it.
 */
final class DocumentsWriter {
    /** Parquet column paths (arrays in the standard three-level layout) written without a dictionary. */
    static final List<String> PLAIN_COLUMNS = List.of(DocumentRows.ID, DocumentRows.TEXT, "original",
            "content_hash", DocumentRows.LOOSE_HASH, DocumentRows.MINHASH, DocumentRows.LOCATION,
            DocumentRows.LSH_BANDS + ".list.element", DocumentRows.LINE_HASHES + ".list.element",
            DocumentRows.SHINGLE_SET + ".list.element", DocumentRows.DUPLICATE_OF);
    /** Files a task keeps open at once (one per language it meets) before Spark sorts its remaining rows. */
    static final int OPEN_FILES = 64;
    /** Parquet row group size: buffered (compressed) per open file before it is flushed. */
    static final long ROW_GROUP_BYTES = 32L << 20;
    /** Spark's planned write adds the sort to the plan itself, before the writer could choose not to. */
    private static final String PLANNED_WRITE = "spark.sql.optimizer.plannedWrite.enabled";
    private static final String CONCURRENT_WRITERS = "spark.sql.maxConcurrentOutputFileWriters";

    private DocumentsWriter() {
    }

    /** Writes {@code documents} to {@code path} as the documents dataset. */
    static void write(Dataset<Row> documents, String path) {
        RuntimeConfig conf = documents.sparkSession().conf();
        String planned = conf.get(PLANNED_WRITE, null);
        String writers = conf.get(CONCURRENT_WRITERS, null);
        conf.set(PLANNED_WRITE, "false");
        conf.set(CONCURRENT_WRITERS, Integer.toString(OPEN_FILES));
        try {
            of(documents.write()).parquet(path);
        } finally {
            restore(conf, PLANNED_WRITE, planned);
            restore(conf, CONCURRENT_WRITERS, writers);
        }
    }

    private static void restore(RuntimeConfig conf, String key, String value) {
        if (value == null) {
            conf.unset(key);
        } else {
            conf.set(key, value);
        }
    }

    /** {@code writer} set up for the documents dataset: compression, dictionaries, row groups, partitioning. */
    static DataFrameWriter<Row> of(DataFrameWriter<Row> writer) {
        DataFrameWriter<Row> out = writer.option("compression", "zstd")
                .option("parquet.block.size", Long.toString(ROW_GROUP_BYTES));
        for (String column : PLAIN_COLUMNS) {
            out = out.option("parquet.enable.dictionary#" + column, "false");
        }
        return out.partitionBy(DocumentRows.LANG);
    }
}
