package org.seacorpus.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Sheet} as an Excel workbook ({@code .xlsx}, Office Open XML) with Apache POI's streaming
 * writer, so a concordance of 100 000 lines is written in bounded memory. One sheet, the header in the first
 * row (frozen, so it stays in view), numbers as numbers and text as written: no fonts, no alignment, no
 * right-to-left forced, so Thai, Khmer or Burmese show in whatever font the reader's spreadsheet picks. The
 * file is written under a temporary name and moved into place, so a failed write leaves no half file.
 */
public final class XlsxWriter {
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxWriter() {
    }

    /**
     * Writes {@code sheet} to {@code file}, replacing it.
     *
     * @throws IllegalArgumentException when the sheet has more rows than a spreadsheet holds
     */
    public static void write(Sheet sheet, Path file) throws IOException {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        if (sheet.rows().size() + 1 > maxRows) {
            throw new IllegalArgumentException(sheet.rows().size() + " rows do not fit in a spreadsheet (at most "
                    + (maxRows - 1) + "); narrow the selection or lower --limit/--top");
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet out = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name()));
            Row header = out.createRow(0);
            for (int c = 0; c < sheet.header().size(); c++) {
                header.createCell(c).setCellValue(sheet.header().get(c));
            }
            out.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> row : sheet.rows()) {
                Row line = out.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    set(line.createCell(c), row.get(c));
                }
            }
            try (OutputStream stream = Files.newOutputStream(partial)) {
                workbook.write(stream);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(String.valueOf(d)); // a spreadsheet has no infinity: the word says it
            }
        } else {
            String text = value.toString();
            // a cell holds at most 32 767 characters; a longer context is cut, the rest is in the JSON output
            cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS - 1) + "…" : text);
        }
    }
}
