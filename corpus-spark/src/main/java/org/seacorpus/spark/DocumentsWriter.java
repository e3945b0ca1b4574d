package org.seacorpus.spark;

import java.util.List;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;

/**
 * How the {@code documents} dataset is written (prepare, its repeated-id rewrite, dedupe): zstd pages, partitioned
 * by language, and no dictionary encoding for the columns whose values hardly ever repeat. Parquet's writer tries a
 * dictionary for every column of every row group and falls back to plain values only once the dictionary outgrows
 * its page: for the text, the hashes, the signature and the per-document arrays of hashes (a few hundred shingle
 * hashes a document) that is a hash map filled and thrown away again and again. It was the largest part of
 * Spark's own CPU time in prepare (a profile at 100,000 documents, docs/spark.md). Low-cardinality columns
 * ({@code lang}, {@code script}, {@code source}, {@code mime}, {@code status}…) keep their dictionaries.
 */
final class DocumentsWriter {
    /** Parquet column paths (arrays in the standard three-level layout) written without a dictionary. */
    static final List<String> PLAIN_COLUMNS = List.of(DocumentRows.ID, DocumentRows.TEXT, "original",
            "content_hash", DocumentRows.LOOSE_HASH, DocumentRows.MINHASH, DocumentRows.LOCATION,
            DocumentRows.LSH_BANDS + ".list.element", DocumentRows.LINE_HASHES + ".list.element",
            DocumentRows.SHINGLE_SET + ".list.element", DocumentRows.DUPLICATE_OF);

    private DocumentsWriter() {
    }

    /** {@code writer} set up for the documents dataset: compression, dictionaries, partitioning by language. */
    static DataFrameWriter<Row> of(DataFrameWriter<Row> writer) {
        DataFrameWriter<Row> out = writer.option("compression", "zstd");
        for (String column : PLAIN_COLUMNS) {
            out = out.option("parquet.enable.dictionary#" + column, "false");
        }
        return out.partitionBy(DocumentRows.LANG);
    }
}
