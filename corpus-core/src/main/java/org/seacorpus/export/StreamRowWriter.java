package org.seacorpus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;

/**
 * JSON Lines or plain text, uncompressed, gzip or zstd. Both compressors are deterministic here: gzip's header
 * carries no name or time (the JDK writes zeros), zstd runs at a fixed level with no dictionary.
 *
 * <p>JSONL: one object per line, {@code {"id", "text", "lang", "script", "source", "minhash_cluster_size",
 * "metadata"}}, with
 * {@code metadata} a JSON object serialised as text (as in Parquet): its keys vary with the sources, and a reader
 * that infers one schema for all shards (the Hugging Face {@code json} loader) fails on objects whose keys differ.
 * Text: each document's non-blank lines, documents separated by one blank line, so a reader that splits on
 * blank lines (the Hugging Face {@code text} loader with {@code sample_by: paragraph}) gets one row per document.
 */
final class StreamRowWriter extends RowWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ZSTD_LEVEL = 3;

    private final OutputStream out;
    private final boolean text;

    StreamRowWriter(Path file, ExportOptions.Format format, ExportOptions.Compression compression) throws IOException {
        super(file);
        this.text = format == ExportOptions.Format.TXT;
        this.out = switch (compression) {
            case ZSTD -> new ZstdOutputStream(sink, ZSTD_LEVEL);
            case GZIP -> new GZIPOutputStream(sink, 1 << 16);
            case NONE -> sink;
        };
    }

    @Override
    protected void append(ExportRow row) throws IOException {
        if (text) {
            if (rows() > 0) {
                out.write('\n');
            }
            out.write(TextRows.withoutBlankLines(row.text()).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } else {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", row.id());
            json.put("text", row.text());
            json.put("lang", row.lang());
            json.put("script", row.script());
            json.put("source", row.source());
            json.put(ExportRow.CLUSTER_SIZE, row.clusterSize());
            json.put("metadata", JSON.writeValueAsString(row.metadata()));
            out.write(JSON.writeValueAsBytes(json));
            out.write('\n');
        }
    }

    @Override
    long size() {
        return sink.count();
    }

    @Override
    protected void finish() throws IOException {
        out.close();
    }
}
