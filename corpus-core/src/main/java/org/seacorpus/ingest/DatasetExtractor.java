package org.seacorpus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.github.luben.zstd.ZstdInputStream;

/**
 * JSONL (plain, .gz, .zst), CSV and Parquet datasets: one document per row, streamed (Parquet a row group at a
 * time). The text comes from the configured
 * fields; every other field is kept as metadata ({@code title} and {@code url} fields fill those fields). A bad
 * row is reported by line number and the rest of the file goes on.
 */
public final class DatasetExtractor implements Extractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DatasetOptions options;

    public DatasetExtractor(DatasetOptions options) {
        this.options = options;
    }

    @Override
    public boolean accepts(InputItem item) {
        String name = stripCompression(item.lowerName());
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".csv")
                || item.lowerName().endsWith(".parquet");
    }

    @Override
    public void extract(InputItem item, ExtractionSink sink) throws ExtractionException {
        if (item.size() == 0) {
            throw new ExtractionException("empty file (0 bytes)");
        }
        if (item.lowerName().endsWith(".parquet")) {
            readParquet(item, sink);
            return;
        }
        try (InputStream in = decompress(item)) {
            if (stripCompression(item.lowerName()).endsWith(".csv")) {
                readCsv(item, in, sink);
            } else {
                readJsonLines(item, in, sink);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read dataset: " + TikaExtractor.rootMessage(e), e);
        }
    }

    private void readJsonLines(InputItem item, InputStream in, ExtractionSink sink)
            throws IOException, ExtractionException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        long lineNo = 0;
        long good = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + lineNo;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                sink.failure(where, "malformed JSON: " + e.getOriginalMessage());
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.failure(where, "not a JSON object");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    fields.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
            }
            if (emitRow(item, where, fields, sink, good == 0 && lineNo == 1)) {
                good++;
            }
        }
    }

    private void readParquet(InputItem item, ExtractionSink sink) throws ExtractionException {
        long[] lastRow = {0};
        try {
            ParquetRows.read(item, (row, fields) -> {
                lastRow[0] = row;
                emitRow(item, "row " + row, fields, sink, row == 1);
            });
        } catch (IOException | RuntimeException e) {
            String reason = "cannot read Parquet: " + TikaExtractor.rootMessage(e);
            if (lastRow[0] == 0) {
                // the footer is read first: a damaged or non-Parquet file fails here, before any row
                throw new ExtractionException(reason, e);
            }
            sink.failure("after row " + lastRow[0], reason + " (the rows before it were imported)");
        }
    }

    private void readCsv(InputItem item, InputStream in, ExtractionSink sink) throws IOException, ExtractionException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema)
                .readValues(reader)) {
            long row = 0;
            while (true) {
                Map<String, String> fields;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    fields = rows.nextValue();
                } catch (RuntimeException | JsonProcessingException e) {
                    sink.failure("row " + (row + 1), "malformed CSV: " + TikaExtractor.rootMessage(e));
                    break; // the CSV tokenizer cannot resynchronise after a broken quote
                }
                row++;
                emitRow(item, "row " + row, fields, sink, row == 1);
            }
        }
    }

    /** Emits one row; a first row without any text field fails the whole file, since every row will. */
    private boolean emitRow(InputItem item, String where, Map<String, String> fields, ExtractionSink sink,
                            boolean firstRow) throws ExtractionException {
        List<String> texts = new ArrayList<>();
        boolean anyField = false;
        for (String field : options.textFields()) {
            String value = fields.get(field);
            if (value != null) {
                anyField = true;
                if (!value.isBlank()) {
                    texts.add(value);
                }
            }
        }
        if (!anyField) {
            String message = "no field " + String.join(" or ", options.textFields().stream().map(f -> "'" + f + "'")
                    .toList()) + " (fields: " + String.join(", ", fields.keySet()) + "); choose with --text-field";
            if (firstRow) {
                throw new ExtractionException(message);
            }
            sink.failure(where, message);
            return false;
        }
        if (texts.isEmpty()) {
            sink.failure(where, "empty text");
            return false;
        }
        String id = fields.get(options.idField());
        String rowPart = id != null && !id.isBlank() ? options.idField() + "=" + id : where;
        String part = item.part().isEmpty() ? rowPart : item.part() + "#" + rowPart;
        Map<String, String> meta = new LinkedHashMap<>(fields);
        options.textFields().forEach(meta::remove);
        String title = meta.remove("title");
        String url = meta.remove("url");
        String mime = mimeOf(item.lowerName());
        Origin origin = new Origin(item.source(), part, mime, "UTF-8", title, url, meta);
        sink.document(Document.extracted(origin, String.join("\n\n", texts)));
        return true;
    }

    private static String mimeOf(String lowerName) {
        if (lowerName.endsWith(".parquet")) {
            return "application/vnd.apache.parquet";
        }
        return stripCompression(lowerName).endsWith(".csv") ? "text/csv" : "application/x-ndjson";
    }

    private static InputStream decompress(InputItem item) throws IOException {
        InputStream raw = item.open();
        String name = item.lowerName();
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(raw, 64 * 1024);
        }
        if (name.endsWith(".zst")) {
            return new ZstdInputStream(raw);
        }
        return raw;
    }

    private static String stripCompression(String name) {
        if (name.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".zst")) {
            return name.substring(0, name.length() - 4);
        }
        return name;
    }
}
