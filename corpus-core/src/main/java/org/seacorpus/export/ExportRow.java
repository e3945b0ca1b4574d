package org.seacorpus.export;

import java.util.Map;

/**
 * One exported document: the contract fields every format writes, and the rest as {@code metadata} (JSON text
 * in JSONL and Parquet, so every shard has the same columns; text files hold the text only).
 */
record ExportRow(String id, String text, String lang, String script, String source, Map<String, Object> metadata) {
}
