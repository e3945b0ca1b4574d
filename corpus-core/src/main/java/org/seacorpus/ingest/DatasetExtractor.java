package org.seacorpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.github.luben.zstd.ZstdInputStream;

/**
 * JSONL (plain, .gz, .zst), CSV and Parquet datasets: one document per row, streamed (Parquet a row group at a
 * time). The text comes from the configured fields; every other field is kept as metadata ({@code title} and
 * {@code url} fields fill those fields). A bad row is reported by line number and the rest of the file goes on.
 *
 * <p>Limits ({@link ImportLimits}), applied while reading: a JSON line is parsed as it is read and refused as soon
 * as a value passes {@code maxTextChars} characters or the line passes {@code maxFileBytes} ({@link JsonRowReader});
 * a CSV cell past {@code maxTextChars} stops the file (CSV cannot find the next row again); a row whose text
 * passes {@code maxTextChars} is refused; compressed datasets expand at most as far as an archive may
 * ({@link ExpansionGuard}). A file that yields no row at all is a failure, never a silent nothing.
 */
public final class DatasetExtractor implements Extractor {
    private final DatasetOptions options;
    private final ImportLimits limits;
    private final JsonRowReader jsonRows;
    private final CsvMapper csv;

    public DatasetExtractor(DatasetOptions options) {
        this(options, ImportLimits.DEFAULTS);
    }

    public DatasetExtractor(DatasetOptions options, ImportLimits limits) {
        this.options = options;
        this.limits = limits;
        this.jsonRows = new JsonRowReader(limits);
        this.csv = new CsvMapper(CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxTextChars()).build())
                .build());
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
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "empty file (0 bytes)");
        }
        RowCount count = new RowCount();
        if (item.lowerName().endsWith(".parquet")) {
            readParquet(item, sink, count);
        } else {
            try (InputStream in = decompress(item)) {
                if (stripCompression(item.lowerName()).endsWith(".csv")) {
                    readCsv(item, in, sink, count);
                } else {
                    readJsonLines(item, in, sink, count);
                }
            } catch (ExpansionGuard.LimitException e) {
                String where = count.rows == 0 ? "" : " (the " + count.rows + " rows before it were read)";
                throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, e.getMessage() + where, e);
            } catch (IOException e) {
                throw new ExtractionException("cannot read dataset: " + TikaExtractor.rootMessage(e), e);
            }
        }
        if (count.rows == 0) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, count.header
                    ? "no rows: the file holds only a header" : "no rows: the file holds no records");
        }
    }

    /** Rows seen (good or bad) and whether a CSV header was read. */
    private static final class RowCount {
        long rows;
        boolean header;
    }

    private void readJsonLines(InputItem item, InputStream in, ExtractionSink sink, RowCount count)
            throws IOException, ExtractionException {
        LineInput lines = new LineInput(in);
        JsonRowReader.Scratch scratch = new JsonRowReader.Scratch();
        int wholeLineBytes = jsonRows.wholeLineBytes();
        long good = 0;
        while (lines.next()) {
            String where = "line " + lines.lineNumber();
            Map<String, String> fields;
            try {
                // most lines are read whole and parsed from their bytes; a longer one is parsed as it streams
                int length = lines.wholeLine(wholeLineBytes);
                fields = length >= 0
                        ? jsonRows.read(lines.lineBytes(), lines.lineOffset(), length, scratch)
                        : jsonRows.read(lines.line());
            } catch (JsonRowReader.RowException e) {
                count.rows++;
                sink.failure(where, e.kind(), e.getMessage());
                continue;
            }
            if (fields == null) {
                continue; // a blank line
            }
            count.rows++;
            if (emitRow(item, where, fields, sink, good == 0 && lines.lineNumber() == 1)) {
                good++;
            }
        }
    }

    private void readParquet(InputItem item, ExtractionSink sink, RowCount count) throws ExtractionException {
        long[] lastRow = {0};
        try {
            ParquetRows.read(item, limits, (row, fields) -> {
                lastRow[0] = row;
                count.rows++;
                emitRow(item, "row " + row, fields, sink, row == 1);
            }, (rows, reason) -> {
                count.rows++;
                sink.failure(rows, ImportFailure.Kind.TOO_LARGE, reason);
            });
        } catch (IOException | RuntimeException e) {
            String reason = "cannot read Parquet: " + TikaExtractor.rootMessage(e);
            if (lastRow[0] == 0) {
                // the footer is read first: a damaged or non-Parquet file fails here, before any row
                throw new ExtractionException(reason, e);
            }
            count.rows++;
            sink.failure("after row " + lastRow[0], reason + " (the rows before it were imported)");
        }
    }

    private void readCsv(InputItem item, InputStream in, ExtractionSink sink, RowCount count)
            throws IOException, ExtractionException {
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
                    count.rows++;
                    if (causedBy(e, StreamConstraintsException.class)) {
                        sink.failure("row " + (row + 1), ImportFailure.Kind.TOO_LARGE, limits.documentTooLong()
                                + "; the rest of the file is not read (a CSV row cannot be found again after it)");
                    } else {
                        sink.failure("row " + (row + 1), "malformed CSV: " + TikaExtractor.rootMessage(e));
                    }
                    break; // the CSV tokenizer cannot resynchronise after a broken quote
                }
                row++;
                count.rows++;
                emitRow(item, "row " + row, fields, sink, row == 1);
            }
            count.header = rows.getParser() != null && rows.getParser().getSchema() instanceof CsvSchema s
                    && s.size() > 0;
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
        long chars = (texts.size() - 1) * 2L;
        for (String text : texts) {
            chars += text.length();
        }
        if (chars > limits.maxTextChars()) {
            sink.failure(where, ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
            return false;
        }
        String id = fields.get(options.idField());
        String rowPart = id != null && !id.isBlank() ? options.idField() + "=" + id : where;
        String part = item.part().isEmpty() ? rowPart : item.part() + "#" + rowPart;
        // sorted from the start: Origin keeps its metadata sorted and copies a sorted map without sorting again
        Map<String, String> meta = new TreeMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            if (!options.textFields().contains(name) && !name.equals("title") && !name.equals("url")) {
                meta.put(name, field.getValue());
            }
        }
        String title = options.textFields().contains("title") ? null : fields.get("title");
        String url = options.textFields().contains("url") ? null : fields.get("url");
        String mime = mimeOf(item.lowerName());
        Origin origin = new Origin(item.source(), part, mime, "UTF-8", title, url, meta);
        // one text field (the usual case) is the text itself, not a copy of it
        String text = texts.size() == 1 ? texts.get(0) : String.join("\n\n", texts);
        sink.document(Document.extracted(origin, text));
        return true;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String mimeOf(String lowerName) {
        if (lowerName.endsWith(".parquet")) {
            return "application/vnd.apache.parquet";
        }
        return stripCompression(lowerName).endsWith(".csv") ? "text/csv" : "application/x-ndjson";
    }

    /** The dataset's bytes: compressed ones expanded within the archive limits. */
    private InputStream decompress(InputItem item) throws IOException {
        InputStream raw = item.open();
        String name = item.lowerName();
        try {
            if (name.endsWith(".gz")) {
                return new ExpansionGuard(new GZIPInputStream(raw, 64 * 1024), item.size(), limits);
            }
            if (name.endsWith(".zst")) {
                return new ExpansionGuard(new ZstdInputStream(raw), item.size(), limits);
            }
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
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
