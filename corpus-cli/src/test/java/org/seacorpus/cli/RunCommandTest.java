package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusLock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code corpus run}: the worked example on the sample data, a second run that does nothing, every check failing
 * the run with exit 1 on a planted case, malformed pipeline files with exit 2 and their line, progress and quiet.
 */
class RunCommandTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The sample pipeline as shipped, with its corpus and export moved into the test's folder. */
    private Path samplePipeline() throws Exception {
        String yaml = Files.readString(SAMPLE_DATA.resolve("pipeline.yaml"))
                .replace("../target/demo/", tmp.toString() + "/")
                .replace("paths: [.]", "paths: [" + SAMPLE_DATA + "]")
                .replace("paths: [datasets/qa.csv]", "paths: [" + SAMPLE_DATA.resolve("datasets/qa.csv") + "]")
                .replace("decontaminate: [datasets/qa.csv]", "decontaminate: [" + SAMPLE_DATA.resolve("datasets/qa.csv")
                        + "]");
        return write("sample-pipeline.yaml", yaml);
    }

    @Test
    void theSamplePipelinePassesItsChecksAndASecondRunDoesNoWork() throws Exception {
        Path pipeline = samplePipeline();
        CliRunner.Result first = CliRunner.run("--json", "run", pipeline.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode report = first.json();
        assertThat(report.get("job").asText()).isEqualTo("run");
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.at("/import/added").asLong()).isGreaterThan(150);
        assertThat(report.at("/import/failed").asLong()).isEqualTo(6);
        assertThat(report.at("/export/targets/0/status").asText()).isEqualTo("written");
        assertThat(report.at("/dedupe/status").asText()).isEqualTo("done");
        assertThat(report.get("checks")).extracting(c -> c.get("check").asText() + "=" + c.get("status").asText())
                .containsExactly("required_languages=passed", "min_documents_per_language=passed",
                        "max_duplicate_rate=passed", "max_failed_inputs=passed", "min_quality_pass_rate=passed");
        assertThat(report.get("failures")).allSatisfy(f -> assertThat(f.get("path").asText())
                .matches(".*/(bad/.*|datasets/broken\\.jsonl)"));
        // the first run rates every ok document: all that were added but the 5 planted duplicates
        assertThat(report.at("/checks/4/actual/total").asLong()).isEqualTo(report.at("/import/added").asLong() - 5);
        assertThat(report.at("/export/targets/1/status").asText()).isEqualTo("written");
        assertThat(first.err()).contains("import: started (", "checks   5 passed, 0 failed, 0 not available",
                "passed (exit 0)");
        assertThat(Files.list(tmp.resolve("corpus/runs")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.endsWith("-run.json"));

        CliRunner.Result second = CliRunner.run("--json", "-q", "run", pipeline.toString());
        assertThat(second.exitCode()).isZero();
        JsonNode again = second.json();
        assertThat(again.at("/import/added").asLong()).isZero();
        assertThat(again.at("/import/updated").asLong()).isZero();
        assertThat(again.at("/import/inputs").asLong()).as("no file read").isZero();
        assertThat(again.at("/import/files_unchanged").asLong()).isEqualTo(again.at("/import/files").asLong());
        assertThat(again.at("/export/targets/0/status").asText()).isEqualTo("up_to_date");
        assertThat(second.err()).as("quiet").isEmpty();
    }

    private Path thaiPipeline(String checks) throws Exception {
        write("in/th-1.txt", "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวหอมมะลิแล้ว");
        write("in/th-2.txt", "ตลาดน้ำดำเนินสะดวกมีนักท่องเที่ยวมากในวันหยุด");
        return write("pipeline.yaml", "corpus: corpus\nsources: [{paths: [in]}]\nchecks:\n" + checks);
    }

    @Test
    void aMissingRequiredLanguageFailsTheRun() throws Exception {
        CliRunner.Result result = CliRunner.run("run", thaiPipeline("  required_languages: [th, km]\n").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED  required_languages: no ok documents in km (required: th, km)")
                .contains("FAILED (exit 1): check required_languages");
    }

    @Test
    void tooFewDocumentsInALanguageFailTheRun() throws Exception {
        CliRunner.Result result = CliRunner.run("run", thaiPipeline(
                "  min_documents_per_language: {th: 3}\n").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED  min_documents_per_language: too few ok documents: th has 2 < 3");
    }

    @Test
    void tooManyDuplicatesFailTheRun() throws Exception {
        String lao = "ຕະຫຼາດເຊົ້າວັນອາທິດມີຜັກສົດແລະປາແມ່ນ້ຳຂອງຫຼາຍຊະນິດ";
        write("in/lo-a.txt", lao);
        write("in/lo-b.txt", lao);
        write("in/km.txt", "កសិករនៅខេត្តបាត់ដំបងប្រមូលផលស្រូវបានច្រើនជាងមុន");
        Path pipeline = write("pipeline.yaml", "corpus: corpus\nsources: [{paths: [in]}]\n"
                + "checks: {max_duplicate_rate: 0.1}\n");
        CliRunner.Result result = CliRunner.run("--json", "run", pipeline.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.json().at("/checks/0/actual").asDouble()).isEqualTo(0.333333);
        assertThat(result.err()).contains("FAILED  max_duplicate_rate: duplicate rate 0.3333 (1 marked duplicate + "
                + "0 unmarked exact copies of 3 documents) above the maximum 0.1000");
    }

    @Test
    void tooManyFailedInputsFailTheRunAndQuietStillSaysWhy() throws Exception {
        write("in/empty.txt", "");
        CliRunner.Result result = CliRunner.run("-q", "run", thaiPipeline("  max_failed_inputs: 0\n").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED  max_failed_inputs: 1 failed inputs above the maximum 0")
                .doesNotContain("import: started");
        // unchanged on the next run, the failure still stands and still fails the check
        assertThat(CliRunner.run("-q", "run", tmp.resolve("pipeline.yaml").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aMostlyJunkBatchFailsTheQualityCheckWithItsNumbers() throws Exception {
        write("in/th/menu.txt", "หน้าแรก\nข่าวสาร\nติดต่อเรา\nเข้าสู่ระบบ\nสมัครสมาชิก\nหน้าแรก\nข่าวสาร\n");
        write("in/th/sale.txt", "ลดราคา ลดราคา ลดราคา ซื้อเลย ซื้อเลย ซื้อเลย\n".repeat(5));
        write("in/id/menu.txt", "Beranda\nBerita\nKontak\nMasuk\nDaftar\nBeranda\nBerita\n");
        write("in/id/promo.txt", "Diskon besar! Beli sekarang! Diskon besar! Beli sekarang!\n".repeat(5));
        Files.copy(SAMPLE_DATA.resolve("th/news-rice-farmers-ai.txt"), tmp.resolve("in/th/news.txt"));
        Path pipeline = write("pipeline.yaml", "corpus: corpus\nsources:\n  - {paths: [in/th]}\n"
                + "  - {paths: [in/id], lang: id}\nchecks:\n  min_quality_pass_rate: {all: 0.5, th: 0.5}\n");
        CliRunner.Result result = CliRunner.run("--json", "run", pipeline.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode check = result.json().at("/checks/0");
        assertThat(check.get("status").asText()).isEqualTo("failed");
        assertThat(check.at("/expected/all").asDouble()).isEqualTo(0.5);
        assertThat(check.at("/actual/passed").asLong()).isEqualTo(1);
        assertThat(check.at("/actual/total").asLong()).isEqualTo(5);
        assertThat(check.at("/actual/by_language/th/total").asLong()).isEqualTo(3);
        assertThat(check.at("/actual/by_language/id/passed").asLong()).isZero();
        assertThat(result.err()).contains("FAILED  min_quality_pass_rate: quality pass rate 0.2000: 1 of 5 documents "
                + "in the corpus (no earlier run passed this check) pass the quality filter; below the minimum: "
                + "all 0.2000 < 0.5000; th 0.3333 (1 of 3) < 0.5000; by language: id 0/2, th 1/3")
                .contains("FAILED (exit 1): check min_quality_pass_rate");
    }

    @Test
    void aDryRunOfANewCorpusCannotRateQuality() throws Exception {
        CliRunner.Result result = CliRunner.run("run", "--dry-run", thaiPipeline(
                "  min_quality_pass_rate: 0.9\n  on_unavailable: fail\n").toString());
        assertThat(result.exitCode()).as("a dry run exits 0").isZero();
        assertThat(result.out()).contains("not available  min_quality_pass_rate: the corpus does not exist yet");
    }

    @Test
    void malformedPipelineFilesExitWith2AndNameTheLine() throws Exception {
        Path typo = write("typo.yaml", "corpus: corpus\nsources:\n  - paths: [in]\n    text_feild: question\n");
        CliRunner.Result result = CliRunner.run("run", typo.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("typo.yaml:4:5: unknown key 'text_feild' in 'sources[0]'; did you mean "
                + "'text_field'?");

        Path language = write("lang.yaml", "sources: [{paths: [in]}]\nchecks:\n  required_languages: [th, khm]\n");
        assertThat(CliRunner.run("run", language.toString()).err())
                .contains("lang.yaml:3:28: unknown language 'khm'; did you mean 'km'?");
        Path syntax = write("syntax.yaml", "sources:\n  - paths: [in\n");
        CliRunner.Result broken = CliRunner.run("run", syntax.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("syntax.yaml:3:1: YAML syntax error");
        CliRunner.Result missing = CliRunner.run("run", tmp.resolve("none.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml: cannot read the pipeline file");
        assertThat(tmp.resolve("corpus")).doesNotExist();
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws Exception {
        CliRunner.Result result = CliRunner.run("run", "--dry-run", thaiPipeline("  required_languages: [th]\n")
                .toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("dry run of pipeline 'pipeline'", "import   2 files: 2 new",
                "nothing was written (dry run)");
        assertThat(tmp.resolve("corpus")).doesNotExist();
    }

    @Test
    void aLockedCorpusExitsWith3() throws Exception {
        Path pipeline = thaiPipeline("  required_languages: [th]\n");
        Corpus.create(tmp.resolve("corpus"), "locked");
        try (CorpusLock lock = CorpusLock.acquire(tmp.resolve("corpus"), "test")) {
            CliRunner.Result result = CliRunner.run("run", pipeline.toString());
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("is locked by");
        }
    }

    @Test
    void minusCOverridesTheCorpusOfTheFile() throws Exception {
        Path pipeline = thaiPipeline("  required_languages: [th]\n");
        CliRunner.Result result = CliRunner.run("-C", tmp.resolve("elsewhere").toString(), "--json", "-q", "run",
                pipeline.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.json().get("corpus").asText()).isEqualTo(tmp.resolve("elsewhere").toString());
        assertThat(tmp.resolve("corpus")).doesNotExist();
    }
}
