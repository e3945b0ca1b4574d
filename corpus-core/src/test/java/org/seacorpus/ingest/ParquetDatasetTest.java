package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.document.Document;

/**
 * Parquet datasets as other tools write them: DuckDB writes the files (an independent writer), with the codecs
 * datasets are published in, nested columns, nulls and several row groups.
 */
class ParquetDatasetTest {
    @TempDir
    Path dir;

    private static final String ROWS = """
            SELECT * FROM (VALUES
              ('th-1', 'ชาวนาในจังหวัดสุพรรณบุรีเริ่มเกี่ยวข้าวแล้ว', 'https://example.org/th/1', 2026, ['ข้าว', 'เกษตร']),
              ('km-1', 'កសិករដាំស្រូវនៅខេត្តបាត់ដំបង។', NULL, 2025, ['ស្រូវ']),
              ('vi-1', 'Nông dân Đồng Tháp bắt đầu thu hoạch lúa.', 'https://example.org/vi/1', NULL, []),
              ('empty', '', NULL, 2026, NULL)
            ) AS t(id, text, url, year, topics)""";

    private Path writeWithDuckDb(String name, String select, String options) throws Exception {
        Path file = dir.resolve(name);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet" + options + ")");
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"snappy", "zstd", "gzip", "lz4_raw", "uncompressed"})
    void rowsBecomeDocumentsWhateverTheCodec(String codec) throws Exception {
        CollectingSink sink = extract(InputItem.ofFile(writeWithDuckDb("rows.parquet", ROWS, ", COMPRESSION " + codec)));
        assertThat(sink.documents).extracting(Document::text).containsExactly(
                "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเกี่ยวข้าวแล้ว", "កសិករដាំស្រូវនៅខេត្តបាត់ដំបង។",
                "Nông dân Đồng Tháp bắt đầu thu hoạch lúa.");
        Document thai = sink.documents.get(0);
        assertThat(thai.origin().part()).isEqualTo("id=th-1");
        assertThat(thai.origin().url()).isEqualTo("https://example.org/th/1");
        assertThat(thai.origin().mime()).isEqualTo("application/vnd.apache.parquet");
        assertThat(thai.origin().meta()).containsEntry("year", "2026").containsKey("topics");
        assertThat(thai.origin().meta().get("topics")).isEqualTo("[\"ข้าว\",\"เกษตร\"]");
        assertThat(sink.documents.get(2).origin().meta().get("topics")).isEqualTo("[]");
        assertThat(sink.documents.get(1).origin().meta()).doesNotContainKey("url"); // null stays absent
        assertThat(sink.documents.get(2).origin().meta()).doesNotContainKey("year");
        assertThat(sink.failures).containsExactly("row 4: empty text");
    }

    @Test
    void nestedColumnsBecomeJson() throws Exception {
        Path file = writeWithDuckDb("nested.parquet", "SELECT 'Petani menanam padi.' AS text, "
                + "{'source': 'radio', 'scores': [0.5, 0.25]} AS info, [{'k': 'a'}, {'k': 'b'}] AS pairs, "
                + "DATE '2026-03-01' AS published, TIMESTAMP '2026-03-01 08:30:00' AS crawled, 12.50::DECIMAL(6,2) AS price, "
                + "true AS reviewed", "");
        Document doc = extract(InputItem.ofFile(file)).documents.get(0);
        assertThat(doc.origin().meta().get("info")).isEqualTo("{\"source\":\"radio\",\"scores\":[\"0.50\",\"0.25\"]}");
        assertThat(doc.origin().meta().get("pairs")).isEqualTo("[{\"k\":\"a\"},{\"k\":\"b\"}]");
        assertThat(doc.origin().meta()).containsEntry("published", "2026-03-01")
                .containsEntry("crawled", "2026-03-01T08:30:00Z").containsEntry("price", "12.50")
                .containsEntry("reviewed", "true");
    }

    @Test
    void manyRowGroupsAreAllRead() throws Exception {
        Path file = writeWithDuckDb("many.parquet",
                "SELECT 'row-' || i AS id, 'Petani ke-' || i || ' menanam padi di sawah.' AS text FROM range(5000) t(i)",
                ", ROW_GROUP_SIZE 1000");
        CollectingSink sink = extract(InputItem.ofFile(file));
        assertThat(sink.documents).hasSize(5000);
        assertThat(sink.documents.get(4999).text()).isEqualTo("Petani ke-4999 menanam padi di sawah.");
        assertThat(sink.documents.stream().map(d -> d.origin().part()).distinct().count()).isEqualTo(5000);
    }

    @Test
    void anEntryOfAnArchiveIsReadFromMemory() throws Exception {
        byte[] bytes = Files.readAllBytes(writeWithDuckDb("rows.parquet", ROWS, ""));
        InputItem archive = InputItem.ofFile(Files.writeString(dir.resolve("data.zip"), "x"));
        CollectingSink sink = extract(InputItem.ofEntry(archive, "train/rows.parquet", bytes));
        assertThat(sink.documents).hasSize(3);
        assertThat(sink.documents.get(1).origin().part()).isEqualTo("train/rows.parquet#id=km-1");
    }

    @Test
    void theTextFieldIsChosenAndAMissingOneIsNamedWithTheColumns() throws Exception {
        Path file = writeWithDuckDb("qa.parquet",
                "SELECT 'Bila musim menuai?' AS question, 'Pada bulan Mac.' AS answer", "");
        CollectingSink sink = new CollectingSink();
        new DatasetExtractor(new DatasetOptions(List.of("question", "answer"), "id")).extract(InputItem.ofFile(file), sink);
        assertThat(sink.documents).extracting(Document::text).containsExactly("Bila musim menuai?\n\nPada bulan Mac.");
        assertThatThrownBy(() -> extract(InputItem.ofFile(file)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no field 'text'")
                .hasMessageContaining("question, answer");
    }

    @Test
    void aDamagedOrFakeParquetFileFailsWithAClearReason() throws Exception {
        Path fake = Files.write(dir.resolve("fake.parquet"), "id,text\n1,ข้าว\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> extract(InputItem.ofFile(fake)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("cannot read Parquet:");
        byte[] good = Files.readAllBytes(writeWithDuckDb("rows.parquet", ROWS, ""));
        Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> extract(InputItem.ofFile(cut)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("cannot read Parquet:");
    }

    @Test
    void aCodecWeDoNotReadIsNamedWithTheWayOut() throws Exception {
        Path brotli = writeWithDuckDb("rows.parquet", ROWS, ", COMPRESSION brotli");
        assertThatThrownBy(() -> extract(InputItem.ofFile(brotli)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("cannot read Parquet:")
                .hasMessageContaining("BROTLI").hasMessageContaining("rewrite the file with zstd");
    }

    @Test
    void emptyFileFails() throws Exception {
        Path empty = Files.write(dir.resolve("empty.parquet"), new byte[0]);
        assertThatThrownBy(() -> extract(InputItem.ofFile(empty)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("empty file");
    }

    private static CollectingSink extract(InputItem item) throws Exception {
        CollectingSink sink = new CollectingSink();
        new DatasetExtractor(DatasetOptions.DEFAULTS).extract(item, sink);
        return sink;
    }
}
