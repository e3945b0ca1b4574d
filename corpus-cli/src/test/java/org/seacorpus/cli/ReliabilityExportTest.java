package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest trap, through the CLI: {@code export --overwrite} and a {@code corpus run} export target remove
 * only what an earlier export wrote. An unrelated project holding a {@code manifest.json}, user files added to
 * an export, a corpus home inside the folder (the probe {@code corpus -C P/corpus export --out P --overwrite})
 * each refuse with exit 2 (the run: a failed target, exit 1) and leave every file where it was.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityExportTest {
    @TempDir
    static Path tmp;

    Path project;
    String corpus;

    @BeforeAll
    void aCorpusInsideAProjectFolder() throws Exception {
        project = tmp.resolve("project");
        corpus = project.resolve("corpus").toString();
        Path in = project.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("th.txt"), "ชาวนาในภาคอีสานปลูกข้าวหอมมะลิเมื่อฝนแรกมาถึง", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("km.txt"), "កសិករនៅខេត្តបាត់ដំបងដាំស្រូវនៅរដូវវស្សា", StandardCharsets.UTF_8);
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        assertThat(CliRunner.run("-C", corpus, "-q", "import", in.toString()).exitCode()).isZero();
    }

    @Test
    void anUnrelatedProjectWithAManifestIsRefusedAndKept() throws Exception {
        Path app = tmp.resolve("web-app");
        Files.createDirectories(app.resolve("src"));
        Files.writeString(app.resolve("manifest.json"), "{\"name\": \"pwa\", \"start_url\": \"/\"}");
        Files.writeString(app.resolve("src/index.js"), "console.log('สวัสดี');");
        CliRunner.Result result = CliRunner.run("-C", corpus, "export", "--out", app.toString(), "--overwrite");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("manifest.json (not a seacorpus export manifest)").contains("src/index.js")
                .contains("nothing was deleted");
        assertThat(app.resolve("manifest.json")).exists();
        assertThat(app.resolve("src/index.js")).exists();
    }

    @Test
    void userFilesAddedToAnEarlierExportAreNeverDeleted() throws Exception {
        Path out = tmp.resolve("train");
        assertThat(CliRunner.run("-C", corpus, "-q", "export", "--out", out.toString()).exitCode()).isZero();
        Files.writeString(out.resolve("NOTES.md"), "ข้อสังเกตของผู้ใช้: ห้ามลบ", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("tha_Thai/labels.jsonl"), "{\"label\": \"ดี\"}\n", StandardCharsets.UTF_8);
        CliRunner.Result refused = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--overwrite");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("NOTES.md").contains("tha_Thai/labels.jsonl");
        assertThat(out.resolve("NOTES.md")).exists();
        assertThat(out.resolve("manifest.json")).exists();

        Files.delete(out.resolve("NOTES.md"));
        Files.delete(out.resolve("tha_Thai/labels.jsonl"));
        CliRunner.Result replaced = CliRunner.run("-C", corpus, "-q", "export", "--out", out.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    }

    @Test
    void anExportNeverDeletesTheCorpusItCameFrom() throws Exception {
        Files.copy(earlierExport("earlier-1"), project.resolve("manifest.json")); // P looks like an export
        CliRunner.Result result = CliRunner.run("-C", corpus, "export", "--out", project.toString(), "--overwrite");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("holds a corpus home").contains("never deletes a corpus");
        CliRunner.Result home = CliRunner.run("-C", corpus, "export", "--out", corpus, "--overwrite");
        assertThat(home.exitCode()).isEqualTo(2);
        assertThat(home.err()).contains("is a corpus home");
        Files.delete(project.resolve("manifest.json"));

        CliRunner.Result stats = CliRunner.run("-C", corpus, "--json", "stats");
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.json().get("documents").asLong()).isEqualTo(2);
    }

    @Test
    void aPipelineTargetIntoAFolderWithOtherFilesFailsAndDeletesNothing() throws Exception {
        Path run = tmp.resolve("ci");
        Files.createDirectories(run.resolve("in"));
        Files.writeString(run.resolve("in/lo.txt"), "ຊາວກະສິກອນປູກເຂົ້າໜຽວຢູ່ແຂວງສະຫວັນນະເຂດ", StandardCharsets.UTF_8);
        Files.writeString(run.resolve("pipeline.yaml"), "corpus: corpus\nsources: [{paths: [in]}]\n"
                + "export:\n  - out: dataset\n  - out: .\n", StandardCharsets.UTF_8);
        Path dataset = run.resolve("dataset");
        Files.createDirectories(dataset);
        Files.copy(earlierExport("earlier-2"), dataset.resolve("manifest.json"));
        Files.writeString(dataset.resolve("model-card.md"), "เขียนเอง", StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("--json", "run", run.resolve("pipeline.yaml").toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        String targets = result.json().get("export").get("targets").toString();
        assertThat(targets).contains("model-card.md").contains("holds a corpus home");
        assertThat(dataset.resolve("model-card.md")).hasContent("เขียนเอง");
        assertThat(run.resolve("corpus/corpus.yaml")).exists();
        assertThat(run.resolve("pipeline.yaml")).exists();
    }

    /** The manifest of a fresh export of the corpus. */
    private Path earlierExport(String name) throws Exception {
        Path earlier = tmp.resolve(name);
        assertThat(CliRunner.run("-C", corpus, "-q", "export", "--out", earlier.toString()).exitCode()).isZero();
        return earlier.resolve("manifest.json");
    }
}
