package org.seacorpus.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.web.SearchParams;
import org.seacorpus.web.Urls;
import org.seacorpus.web.WebException;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

import io.javalin.http.Context;

/**
 * The hits of a concordance as a file to download: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Thai and Khmer right), TSV, or XLSX (strings stored as text, never as formulas). One row per
 * hit, in the concordance's order, with the same columns as {@code corpus search --kwic --format tsv} plus
 * title, status and tags. At most {@code max_lines} hits (100,000 by default) are written; when there are more,
 * the response says so in the {@code X-Seacorpus-Truncated} header and XLSX in a note row.
 */
public final class HitsExport {
    static final List<String> COLUMNS = List.of("id", "lang", "status", "source", "part", "title", "tags", "start",
            "end", "left", "hit", "right");

    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        TSV("text/tab-separated-values; charset=utf-8", "tsv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format parse(String name) {
            if (name == null) {
                return CSV;
            }
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "tsv" -> TSV;
                case "xlsx" -> XLSX;
                default -> throw new WebException(400, "unknown download format '" + name + "'; use csv, tsv or xlsx");
            };
        }
    }

    private HitsExport() {
    }

    /** Runs the concordance of {@code params} (all hits up to max_lines, not one page) and sends it as a file. */
    public static void send(Context ctx, Corpus corpus, SearchParams params, Format format) throws IOException {
        int lines = params.maxLines();
        KwicResult result = corpus.analysis().concordance(new KwicRequest(params.request(lines), params.context(),
                params.chars(), params.sort(), lines, lines));
        boolean truncated = result.hits() > result.lines().size();
        ctx.header("Content-Disposition", "attachment; filename=\"hits." + format.extension + "\"; filename*=UTF-8''"
                + Urls.encode("hits-" + params.requireQuery()) + "." + format.extension);
        ctx.header("X-Seacorpus-Hits", Long.toString(result.hits()));
        ctx.header("X-Seacorpus-Truncated", Boolean.toString(truncated));
        ctx.contentType(format.contentType);
        OutputStream out = ctx.outputStream();
        switch (format) {
            case CSV, TSV -> delimited(out, result.lines(), format == Format.TSV ? '\t' : ',', format == Format.CSV);
            case XLSX -> xlsx(out, result, params.requireQuery(), truncated);
        }
        out.flush();
    }

    /** Writes rows with a header; CSV starts with a byte-order mark (Excel needs it to read UTF-8). */
    public static void delimited(OutputStream out, List<KwicLine> lines, char separator, boolean bom)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(separator).setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.configure(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS, false);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        CsvSchema built = schema.build();
        if (separator == '\t') {
            // TSV has no quoting: tabs and line breaks inside a field become spaces, as the CLI's --format tsv
            built = built.withoutQuoteChar().withoutEscapeChar();
        }
        try (SequenceWriter rows = mapper.writer(built).writeValues(writer)) {
            for (KwicLine line : lines) {
                rows.write(separator == '\t' ? row(line).stream().map(HitsExport::flat).toList() : row(line));
            }
        }
    }

    private static String flat(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static List<String> row(KwicLine line) {
        return List.of(line.id(), line.lang(), line.status(), line.source(), line.part(), line.title(),
                String.join(" ", line.tags()), Integer.toString(line.start()), Integer.toString(line.end()),
                line.left(), line.hit(), line.right());
    }

    private static void xlsx(OutputStream out, KwicResult result, String query, boolean truncated)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("hits");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle right = book.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle hit = book.createCellStyle();
            hit.setFont(bold);
            hit.setAlignment(HorizontalAlignment.CENTER);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(heading);
            }
            int r = 1;
            for (KwicLine line : result.lines()) {
                Row row = sheet.createRow(r++);
                List<String> values = row(line);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 7 || c == 8) {
                        cell.setCellValue(Integer.parseInt(values.get(c)));
                    } else {
                        cell.setCellValue(values.get(c)); // a string cell: "=…" stays text, never a formula
                    }
                    if (c == 9) {
                        cell.setCellStyle(right);
                    } else if (c == 10) {
                        cell.setCellStyle(hit);
                    }
                }
            }
            if (truncated) {
                sheet.createRow(r + 1).createCell(0).setCellValue("only the first " + result.lines().size() + " of "
                        + result.hits() + " hits of '" + query + "' are here; narrow the query or raise max_lines");
            }
            Sheet about = book.createSheet("about");
            about.createRow(0).createCell(0).setCellValue("query");
            about.getRow(0).createCell(1).setCellValue(query);
            about.createRow(1).createCell(0).setCellValue("hits");
            about.getRow(1).createCell(1).setCellValue(result.hits());
            about.createRow(2).createCell(0).setCellValue("documents");
            about.getRow(2).createCell(1).setCellValue(result.documents());
            about.createRow(3).createCell(0).setCellValue("rows written");
            about.getRow(3).createCell(1).setCellValue(result.lines().size());
            book.write(out);
            book.dispose();
        }
    }
}
