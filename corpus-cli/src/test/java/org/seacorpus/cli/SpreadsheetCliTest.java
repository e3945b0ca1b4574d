package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code --format xlsx --out FILE} of the concordance and the word statistics, read back with Apache POI: one
 * sheet, a header row, the same rows as the JSON output, text as written (Thai, Khmer, Burmese), numbers as
 * numbers, and no font or alignment forced on any cell.
 */
class SpreadsheetCliTest {
    @TempDir
    static Path tmp;
    static String corpus;

    @BeforeAll
    static void importTexts() throws Exception {
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("-q", "init", corpus).exitCode()).isZero();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("th-rice.txt"), "ชาวนาในภาคอีสานปลูกข้าวหอมมะลิ ข้าวหอมมะลิมีกลิ่นหอมและราคาดี "
                + "ปีนี้ฝนตกน้อย ชาวนาจึงกังวลเรื่องน้ำ ราคาข้าวเปลือกขึ้น ชาวนาขายข้าวหอมมะลิได้ราคาดี");
        Files.writeString(in.resolve("th-market.txt"),
                "แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดเช้า นักท่องเที่ยวชอบกินข้าวเหนียวมะม่วงมาก");
        Files.writeString(in.resolve("km-market.txt"), "តម្លៃអង្ករនៅផ្សារថ្ងៃនេះឡើងខ្ពស់ ប្រជាជនទិញអង្ករតិចជាងមុន។");
        Files.writeString(in.resolve("my-market.txt"), "ရန်ကုန်မြို့ရှိ ဈေးတွင် ဆန်ဈေးတက်နေသည်။ "
                + "အိမ်ထောင်စုများသည် ဆန်ကို ပိုဝယ်ကြသည်။");
        assertThat(CliRunner.run("-C", corpus, "-q", "import", in.toString()).exitCode()).isZero();
    }

    @Test
    void aThaiConcordanceAsASpreadsheet() throws Exception {
        Path out = tmp.resolve("kwic.xlsx");
        CliRunner.Result written = CliRunner.run("-C", corpus, "search", "--kwic", "--lang", "th", "--context", "3",
                "--sort", "1R", "--format", "xlsx", "--out", out.toString(), "ข้าว");
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.err()).contains("wrote 6 rows to");
        JsonNode json = CliRunner.run("-C", corpus, "search", "--kwic", "--lang", "th", "--context", "3",
                "--sort", "1R", "--format", "json", "ข้าว").json();
        List<List<Object>> rows = read(out);
        assertThat(rows.get(0)).containsExactly("left", "hit", "right", "id", "lang", "source", "part", "start",
                "end");
        assertThat(rows).hasSize(1 + json.get("hits").size());
        for (int i = 0; i < json.get("hits").size(); i++) {
            JsonNode hit = json.get("hits").get(i);
            List<Object> row = rows.get(i + 1);
            assertThat(row.subList(0, 5)).containsExactly(hit.get("left").asText(), "ข้าว",
                    hit.get("right").asText(), hit.get("id").asText(), "th");
            assertThat(row.get(7)).isEqualTo((double) hit.get("start").asInt());
        }
    }

    @Test
    void wordStatisticsAsSpreadsheets() throws Exception {
        Path freq = tmp.resolve("freq.xlsx");
        assertThat(CliRunner.run("-C", corpus, "stats", "freq", "--lang", "th", "--top", "5", "--format", "xlsx",
                "--out", freq.toString()).exitCode()).isZero();
        JsonNode words = CliRunner.run("-C", corpus, "--json", "stats", "freq", "--lang", "th", "--top", "5").json()
                .get("words");
        List<List<Object>> rows = read(freq);
        assertThat(rows.get(0)).containsExactly("rank", "word", "freq", "per million", "docs");
        assertThat(rows).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(rows.get(i + 1).get(1)).isEqualTo(words.get(i).get("word").asText());
            assertThat(rows.get(i + 1).get(2)).isEqualTo(words.get(i).get("frequency").asDouble());
        }

        Path ngrams = tmp.resolve("ngrams.xlsx");
        assertThat(CliRunner.run("-C", corpus, "stats", "ngrams", "--n", "2..3", "--lang", "th", "--format", "xlsx",
                "--out", ngrams.toString()).exitCode()).isZero();
        List<List<Object>> ngramRows = read(ngrams);
        assertThat(ngramRows.get(0)).containsExactly("n", "rank", "n-gram", "freq", "per million", "docs");
        assertThat(ngramRows.subList(1, ngramRows.size())).extracting(r -> r.get(0)).contains(2.0, 3.0);
        assertThat(ngramRows).anyMatch(r -> "ข้าว หอม มะลิ".equals(r.get(2)));

        Path colloc = tmp.resolve("colloc.xlsx");
        assertThat(CliRunner.run("-C", corpus, "stats", "collocations", "ข้าว", "--lang", "th", "--min", "1",
                "--format", "xlsx", "--out", colloc.toString()).exitCode()).isZero();
        List<List<Object>> collocRows = read(colloc);
        assertThat(collocRows.get(0)).containsExactly("rank", "collocate", "together", "freq", "expected", "logdice",
                "mi", "mi3", "tscore", "ll");
        assertThat(collocRows).anyMatch(r -> "หอม".equals(r.get(1)));

        Path keyness = tmp.resolve("keyness.xlsx");
        assertThat(CliRunner.run("-C", corpus, "stats", "keyness", "--focus", "source:*th-rice*", "--lang", "th",
                "--min", "1", "--format", "xlsx", "--out", keyness.toString()).exitCode()).isZero();
        List<List<Object>> keyRows = read(keyness);
        assertThat(keyRows.get(0).get(0)).isEqualTo("side");
        assertThat(keyRows).anyMatch(r -> "positive".equals(r.get(0)) && "ชาวนา".equals(r.get(2)));
    }

    @Test
    void noFontOrAlignmentIsForcedAndTextIsText() throws Exception {
        Path out = tmp.resolve("km.xlsx");
        assertThat(CliRunner.run("-C", corpus, "search", "--kwic", "--lang", "km", "--format", "xlsx", "--out",
                out.toString(), "អង្ករ").exitCode()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
                    assertThat(cell.getCellStyle().getFontIndex()).isZero(); // the workbook's default font
                }
            }
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("អង្ករ");
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void optionsThatDoNotFitSaySo() {
        CliRunner.Result noOut = CliRunner.run("-C", corpus, "stats", "freq", "--format", "xlsx");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--format xlsx writes a file: add --out FILE.xlsx");
        CliRunner.Result noFormat = CliRunner.run("-C", corpus, "search", "--out", tmp.resolve("x.xlsx").toString(),
                "ข้าว");
        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.err()).contains("add --format xlsx");
    }

    /** Every row of the only sheet: strings as strings, numbers as doubles. */
    private static List<List<Object>> read(Path file) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            for (Row row : book.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
