package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code corpus export} with its training-set options, and {@code corpus stats quality}, through the CLI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {
    @TempDir
    static Path tmp;

    String corpus;

    @BeforeAll
    void importThaiAndKhmer() throws Exception {
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        Path planted = tmp.resolve("planted/th-contact.txt");
        Files.createDirectories(planted.getParent());
        Files.writeString(planted, "ติดต่อ\n".repeat(30) + "โทร 02-123-4567 อีเมล info@example.co.th\n",
                StandardCharsets.UTF_8);
        CliRunner.Result result = CliRunner.run("-C", corpus, "-q", "import",
                SampleDataEndToEndTest.SAMPLE_DATA.resolve("th").toString(),
                SampleDataEndToEndTest.SAMPLE_DATA.resolve("km").toString(), planted.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void parquetWithSplitsQualityAndRedactionAsAnMlEngineerRunsIt() throws Exception {
        Path out = tmp.resolve("train-set");
        CliRunner.Result result = CliRunner.run("-C", corpus, "--json", "export", "--out", out.toString(),
                "--format", "parquet", "--split", "train=0.5,test=0.5", "--seed", "3", "--quality", "--redact-pii",
                "--drop-boilerplate");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("--drop-boilerplate: no boilerplate line data");
        JsonNode manifest = result.json();
        assertThat(manifest.get("rows").asLong()).isEqualTo(6); // the planted contact page is removed
        assertThat(manifest.get("filters").get("quality").get("removed").get("tha_Thai").asLong()).isEqualTo(1);
        assertThat(manifest.get("options").get("split").get("test").asDouble()).isEqualTo(0.5);
        for (JsonNode file : manifest.get("files")) {
            assertThat(file.get("path").asText()).matches("(tha_Thai|khm_Khmr)/(train|test)-0000\\d-of-0000\\d\\.parquet");
            assertThat(Files.size(out.resolve(file.get("path").asText()))).isEqualTo(file.get("bytes").asLong());
        }
        assertThat(out.resolve("README.md")).exists();
    }

    @Test
    void humanOutputListsFilesAndWhatTheFiltersDid() {
        Path out = tmp.resolve("human");
        CliRunner.Result result = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--quality",
                "--redact-pii", "--compress", "gzip", "--shard-rows", "2");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("exported 6 documents in 4 files")
                .contains("tha_Thai/train-00001-of-00002.jsonl.gz")
                .contains("khm_Khmr/train-00001-of-00002.jsonl.gz")
                .contains("quality filter removed 1 (tha_Thai 1)")
                .contains("dataset card:");
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhatIsWrong() {
        Path out = tmp.resolve("bad");
        CliRunner.Result split = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--split",
                "train=0.9,test=0.2");
        assertThat(split.exitCode()).isEqualTo(2);
        assertThat(split.err()).contains("add up to");
        CliRunner.Result key = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--quality",
                "--quality-set", "th.min_wordz=3");
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.err()).contains("min_wordz").contains("min_words");
        CliRunner.Result size = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--shard-size", "big");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("--shard-size 'big'");
        CliRunner.Result format = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--format", "csv");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("jsonl, parquet, txt");
        CliRunner.Result bench = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--decontaminate",
                tmp.resolve("missing.jsonl").toString());
        assertThat(bench.exitCode()).isEqualTo(2);
        assertThat(bench.err()).contains("missing.jsonl");
    }

    @Test
    void statsQualityShowsDistributionsAndWhatEachRuleRemoves() {
        CliRunner.Result table = CliRunner.run("-C", corpus, "stats", "quality", "--lang", "th");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("th: 4 documents, the filter would remove 1")
                .contains("FineWeb-2 configs/tha_Thai.yml").contains("mean_word_length").contains("p95")
                .containsPattern("max_dup_lines\\s+0\\.349\\s+1\\s+0");

        CliRunner.Result json = CliRunner.run("-C", corpus, "--json", "stats", "quality", "--quality-set",
                "th.max_dup_lines=1");
        JsonNode th = json.json().get("languages").get("th");
        assertThat(th.get("rules").get("max_dup_lines").get("removes").asLong()).isZero();
        assertThat(th.get("signals").get("words").get("p50").asDouble()).isPositive();
        assertThat(json.json().get("languages").has("km")).isTrue();

        CliRunner.Result none = CliRunner.run("-C", corpus, "stats", "quality", "--lang", "ta");
        assertThat(none.out()).contains("no documents with status ok in [ta]");
    }
}
