package org.seacorpus.export;

import java.util.Map;

import org.seacorpus.document.TokenSpans;

/**
 * One exported document: the contract fields every format writes, and the rest as {@code metadata} (JSON text
 * in JSONL and Parquet, so every shard has the same columns; text files hold the text only). {@code tokens} are
 * the sentences and tokens of {@code text} for the token formats (CoNLL-U, vertical), null for the others.
 *
 * @param clusterSize the size of the document's duplicate cluster, 1 when it is in none: the column
 *                    {@code minhash_cluster_size}, named as FineWeb-2 names it, for re-weighting duplicates in a
 *                    training mix (upsampling)
 */
record ExportRow(String id, String text, String lang, String script, String source, long clusterSize,
                 Map<String, Object> metadata, TokenSpans tokens) {
    /** The column (JSONL key) of {@link #clusterSize}. */
    static final String CLUSTER_SIZE = "minhash_cluster_size";

    ExportRow(String id, String text, String lang, String script, String source, long clusterSize,
              Map<String, Object> metadata) {
        this(id, text, lang, script, source, clusterSize, metadata, null);
    }
}
