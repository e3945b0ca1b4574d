package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;

/**
 * The README's main job, through the CLI, on the project's sample data: init, import everything, stats,
 * searches inside unspaced text, export, and the export read back independently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataEndToEndTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;

    String corpus;
    JsonNode importReport;

    @BeforeAll
    void importSampleData() {
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        // as the README does: everything, then the question/answer dataset with its own text fields
        CliRunner.Result result = CliRunner.run("-C", corpus, "--json", "-q", "import", "--exclude", "qa.csv",
                "--exclude", "tools", SAMPLE_DATA.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        importReport = result.json();
        CliRunner.Result qa = CliRunner.run("-C", corpus, "--json", "-q", "import", "--text-field", "question,answer",
                SAMPLE_DATA.resolve("datasets/qa.csv").toString());
        assertThat(qa.exitCode()).as(qa.err()).isZero();
        qaReport = qa.json();
    }

    JsonNode qaReport;

    @Test
    void aCsvDatasetIsReadWithTheTextFieldsTheUserNames() {
        assertThat(qaReport.get("added").asLong()).isEqualTo(20);
        assertThat(qaReport.get("failed")).isEmpty();
        CliRunner.Result withoutField = CliRunner.run("-C", corpus, "--json", "-q", "import",
                SAMPLE_DATA.resolve("datasets/qa.csv").toString());
        assertThat(withoutField.json().get("failed").get(0).get("error").asText())
                .contains("no field 'text'").contains("--text-field");
    }

    @Test
    void everyGoodFileIsImportedAndEveryBadOneFailsWithAReason() {
        assertThat(importReport.get("added").asLong()).isGreaterThanOrEqualTo(48);
        List<String> failedPaths = new ArrayList<>();
        for (JsonNode failure : importReport.get("failed")) {
            String path = SAMPLE_DATA.relativize(Path.of(failure.get("path").asText())).toString();
            failedPaths.add(path);
            assertThat(failure.get("error").asText()).isNotBlank();
            // only the deliberately bad inputs may fail
            assertThat(path).matches("bad/.*|datasets/broken\\.jsonl");
        }
        assertThat(failedPaths).contains("bad/empty.txt", "bad/corrupt.pdf", "bad/junk.txt", "bad/zip-slip.zip",
                "datasets/broken.jsonl");
        assertThat(error("bad/empty.txt")).contains("empty file");
        assertThat(error("bad/junk.txt")).containsAnyOf("binary content", "not text");
        assertThat(error("bad/corrupt.pdf")).contains("application/pdf");
        assertThat(error("bad/zip-slip.zip")).contains("unsafe entry name");
        assertThat(error("datasets/broken.jsonl")).contains("line 3: empty text").contains("line 5: malformed JSON");
        assertThat(importReport.get("by_language").fieldNames()).toIterable()
                .contains("th", "lo", "km", "my", "ta", "zh");
    }

    @Test
    void aSecondImportChangesNothing() {
        JsonNode again = CliRunner.run("-C", corpus, "--json", "-q", "import", "--exclude", "qa.csv",
                "--exclude", "tools", SAMPLE_DATA.toString()).json();
        assertThat(again.get("added").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(importReport.get("added").asLong());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"th, ข้าว", "lo, ເຂົ້າ", "km, កសិករ", "my, လယ်သမား", "ta, விவசாயிகள்", "zh, 农民"})
    void searchFindsWordsInsideUnspacedText(String lang, String word) {
        CliRunner.Result result = CliRunner.run("-C", corpus, "search", "--lang", lang, "--format", "json", word);
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("total").asLong()).as("hits for " + word).isPositive();
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("lang").asText()).isEqualTo(lang);
        assertThat(hit.get("snippet").asText()).contains("«").contains("»");
        for (String field : List.of("id", "source", "part", "status", "cluster", "duplicate_of", "tags")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
    }

    @Test
    void parquetRowsAreDocumentsWithTheirColumnsAsMetadata() {
        JsonNode found = CliRunner.run("-C", corpus, "search", "--format", "json", "--filter",
                "source:*radio-transcripts.parquet", "--limit", "20", "*:*").json();
        assertThat(found.get("total").asLong()).isEqualTo(7);
        JsonNode lao = CliRunner.run("-C", corpus, "search", "--format", "json", "--lang", "lo", "ວິທະຍຸ").json();
        assertThat(lao.get("hits")).anySatisfy(hit -> assertThat(hit.get("part").asText()).isEqualTo("id=radio-lo-01"));
    }

    @Test
    void statsCountEveryLanguageAndScript() {
        JsonNode stats = CliRunner.run("-C", corpus, "--json", "stats").json();
        assertThat(stats.get("documents").asLong())
                .isEqualTo(importReport.get("added").asLong() + qaReport.get("added").asLong());
        assertThat(stats.get("lang").get("th").get("words").asLong()).isPositive();
        assertThat(stats.get("script").fieldNames()).toIterable().contains("Thai", "Laoo", "Khmr", "Mymr", "Latn");
        assertThat(stats.get("status").get("ok").get("documents").asLong()).isEqualTo(stats.get("documents").asLong());
        assertThat(stats.get("source").size()).isPositive();

        CliRunner.Result table = CliRunner.run("-C", corpus, "stats");
        assertThat(table.out()).contains("language").contains("th ").contains("Khmr");
    }

    @Test
    void exportReadsBackAsJsonLinesAndTheManifestChecksumsMatch() throws Exception {
        Path out = tmp.resolve("export");
        CliRunner.Result result = CliRunner.run("-C", corpus, "--json", "export", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        long rows = 0;
        for (JsonNode file : manifest.get("files")) {
            Path path = out.resolve(file.get("path").asText());
            // the Hugging Face layout: <code>/<split>-<n>-of-<total>.<ext>
            assertThat(file.get("path").asText())
                    .matches("[a-z]{3}_[A-Z][a-z]{3}/train-\\d{5}-of-\\d{5}\\.jsonl\\.zst");
            byte[] bytes = Files.readAllBytes(path);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(file.get("sha256").asText());
            assertThat((long) bytes.length).isEqualTo(file.get("bytes").asLong());
            long lines = 0;
            try (InputStream in = new ZstdInputStream(Files.newInputStream(path));
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    JsonNode row = new ObjectMapper().readTree(line);
                    for (String field : List.of("id", "text", "lang", "script", "source", "metadata")) {
                        assertThat(row.has(field)).as(field + " in " + path).isTrue();
                    }
                    assertThat(row.get("text").asText()).isNotBlank();
                    assertThat(file.get("lang").asText()).isEqualTo(path.getParent().getFileName().toString());
                    lines++;
                }
            }
            assertThat(lines).isEqualTo(file.get("rows").asLong());
            rows += lines;
        }
        assertThat(rows).isEqualTo(manifest.get("rows").asLong()).isPositive();
        assertThat(Files.exists(out.resolve("tha_Thai/train-00000-of-00001.jsonl.zst"))).isTrue();
        assertThat(Files.readString(out.resolve("README.md"))).startsWith("---\n").contains("config_name: tha_Thai");
        assertThat(Files.exists(out.resolve("khm_Khmr"))).isTrue();
    }

    /** Every failure reported for a path, as "part: error" lines. */
    private String error(String relativePath) {
        StringBuilder errors = new StringBuilder();
        for (JsonNode failure : importReport.get("failed")) {
            if (failure.get("path").asText().endsWith(relativePath)) {
                errors.append(failure.get("part").asText()).append(": ").append(failure.get("error").asText())
                        .append('\n');
            }
        }
        if (errors.isEmpty()) {
            throw new AssertionError("no failure reported for " + relativePath + ": " + importReport.get("failed"));
        }
        return errors.toString();
    }
}
