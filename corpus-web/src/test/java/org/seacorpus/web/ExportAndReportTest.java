package org.seacorpus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.web.report.ReportWriter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Downloads read back (CSV, TSV and XLSX hold every hit, in the concordance's order, with the scripts intact),
 * and the report file: the dashboard, self-contained.
 */
class ExportAndReportTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.start(Corpus.open(TestCorpus.shared()), ServeOptions.local(0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void xlsxAndTsvHoldEveryHitInOrder() throws Exception {
        String query = "lang=km&sort=1R,2R&q=" + Http.q("កសិករ");
        JsonNode kwic = http.json("/api/v1/kwic?limit=1000&" + query);
        HttpResponse<byte[]> xlsx = http.bytes("/api/v1/kwic/export?format=xlsx&" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(xlsx.headers().firstValue("X-Seacorpus-Truncated")).hasValue("false");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet hits = book.getSheet("hits");
            assertThat(hits.getRow(0).getCell(10).getStringCellValue()).isEqualTo("hit");
            assertThat(hits.getLastRowNum()).isEqualTo(kwic.get("hits_total").asInt());
            for (int r = 1; r <= hits.getLastRowNum(); r++) {
                Row row = hits.getRow(r);
                JsonNode line = kwic.get("hits").get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.get("id").asText());
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo("កសិករ");
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(line.get("right").asText());
                assertThat((int) row.getCell(7).getNumericCellValue()).isEqualTo(line.get("start").asInt());
            }
            assertThat(book.getSheet("about").getRow(0).getCell(1).getStringCellValue()).isEqualTo("កសិករ");
        }
        HttpResponse<byte[]> tsv = http.bytes("/api/v1/kwic/export?format=tsv&" + query);
        List<String> lines = new String(tsv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("id\tlang\tstatus\tsource\tpart\ttitle\ttags\tstart\tend\tleft\thit\tright");
        assertThat(lines).hasSize(kwic.get("hits_total").asInt() + 1);
        assertThat(lines.get(1).split("\t", -1)).hasSize(12);
        assertThat(lines.get(1).split("\t", -1)[10]).isEqualTo("កសិករ");
    }

    @Test
    void csvQuotesWhatNeedsQuoting(@TempDir Path dir) throws Exception {
        HttpResponse<byte[]> csv = http.bytes("/api/v1/kwic/export?format=csv&lang=en&q=markup");
        Path file = dir.resolve("hits.csv");
        Files.write(file, csv.body());
        List<Map<String, String>> rows = BrowserTest.readCsv(file);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("right") + rows.get(0).get("left")).doesNotContain("\"\"");
        assertThat(rows.get(0).get("tags")).isEqualTo(TestCorpus.HOSTILE_TAG);
        assertThat(http.get("/api/v1/kwic/export?format=pdf&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void theReportIsTheDashboardInOneFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("deep/report.html");
        long bytes = ReportWriter.write(Corpus.open(TestCorpus.shared()), out);
        String html = Files.readString(out);
        assertThat(bytes).isEqualTo(Files.size(out)).isLessThan(2_000_000);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("web-test").contains("id=\"languages\"")
                .contains("km Khmer").contains("my Burmese").contains("quality-th").contains("class=\"threshold\"")
                .contains("Duplicate clusters").contains("Import runs");
        // self-contained: fonts inside, nothing fetched, no script
        assertThat(html).contains("font-family: 'Noto Sans Khmer'").contains("url(data:font/woff2;base64,");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"/assets")
                .doesNotContain("url(fonts/").doesNotContain("<link");
        // and escaped like the pages
        assertThat(html).doesNotContain("<b>tag").doesNotContain("<img");
        assertThat(Files.list(dir.resolve("deep"))).hasSize(1);
    }
}
