package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.luben.zstd.ZstdOutputStream;

class DatasetExtractorTest {
    @TempDir
    Path dir;

    private static final String JSONL = """
            {"id": "ms-1", "text": "Kerajaan negeri akan memberi bantuan percuma kepada pesawah.", "topic": "padi"}
            {"id": "id-1", "text": "Pemerintah daerah membagikan bibit padi gratis kepada petani.", "year": 2026}
            {"id": "broken", "text": "tidak ditutup
            {"id": "kosong", "text": ""}
            ["not", "an", "object"]
            """;

    @Test
    void jsonLinesGiveOneDocumentPerRowAndReportBadRows() throws Exception {
        CollectingSink sink = extract(write("rows.jsonl", JSONL.getBytes(StandardCharsets.UTF_8)),
                DatasetOptions.DEFAULTS);
        assertThat(sink.documents).extracting(d -> d.origin().part()).containsExactly("id=ms-1", "id=id-1");
        assertThat(sink.documents.get(0).origin().meta()).containsEntry("topic", "padi").containsEntry("id", "ms-1");
        assertThat(sink.documents.get(1).origin().meta()).containsEntry("year", "2026");
        assertThat(sink.failures).hasSize(3);
        assertThat(sink.failures.get(0)).startsWith("line 3: malformed JSON: Unexpected end-of-input");
        assertThat(sink.failures.subList(1, 3)).containsExactly("line 4: empty text", "line 5: not a JSON object");
    }

    @Test
    void gzipAndZstdDatasetsReadTheSame() throws Exception {
        byte[] raw = JSONL.getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("rows.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(raw);
        }
        Path zst = dir.resolve("rows.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            out.write(raw);
        }
        assertThat(extract(gz, DatasetOptions.DEFAULTS).documents).hasSize(2);
        assertThat(extract(zst, DatasetOptions.DEFAULTS).documents).hasSize(2);
    }

    @Test
    void csvWithQuotedCommasAndNewlinesAndSeveralTextFields() throws Exception {
        String csv = """
                question,answer,topic
                "Bila musim menuai padi?","Biasanya pada bulan Mac, selepas hujan.",padi
                "Paano magtanim ng kamatis?","Ihanda ang lupa,
                tapos itanim ang buto.",gulay
                """;
        CollectingSink sink = extract(write("qa.csv", csv.getBytes(StandardCharsets.UTF_8)),
                new DatasetOptions(List.of("question", "answer"), "id"));
        assertThat(sink.documents).hasSize(2);
        assertThat(sink.documents.get(1).text())
                .isEqualTo("Paano magtanim ng kamatis?\n\nIhanda ang lupa,\ntapos itanim ang buto.");
        assertThat(sink.documents.get(1).origin().part()).isEqualTo("row 2");
        assertThat(sink.documents.get(1).origin().meta()).containsEntry("topic", "gulay");
    }

    @Test
    void aDatasetWithoutTheTextFieldFailsAsAWholeWithAHint() throws Exception {
        Path file = write("qa.jsonl", "{\"question\": \"Apa kabar?\", \"answer\": \"Baik.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> extract(file, DatasetOptions.DEFAULTS))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no field 'text'").hasMessageContaining("question, answer")
                .hasMessageContaining("--text-field");
    }

    @Test
    void emptyDatasetFileFails() throws Exception {
        assertThatThrownBy(() -> extract(write("empty.jsonl", new byte[0]), DatasetOptions.DEFAULTS))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("empty file");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static CollectingSink extract(Path file, DatasetOptions options) throws Exception {
        CollectingSink sink = new CollectingSink();
        new DatasetExtractor(options).extract(InputItem.ofFile(file), sink);
        return sink;
    }
}
