package org.seacorpus.export;

import java.util.Map;

import org.seacorpus.document.TokenSpans;

/**
 * One exported document: the contract fields every format writes, and the rest as {@code metadata} (JSON text
 * in JSONL and Parquet, so every shard has the same columns; text files hold the text only). {@code tokens} are
 * the sentences and tokens of {@code text} for the token formats (CoNLL-U, vertical), null for the others.
 */
record ExportRow(String id, String text, String lang, String script, String source, Map<String, Object> metadata,
                 TokenSpans tokens) {
    ExportRow(String id, String text, String lang, String script, String source, Map<String, Object> metadata) {
        this(id, text, lang, script, source, metadata, null);
    }
}
