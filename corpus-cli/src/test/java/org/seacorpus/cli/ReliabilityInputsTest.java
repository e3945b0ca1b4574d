package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The import probes through the CLI: a symlink farm imports nothing from outside the folder given and lists
 * each link it skipped; a damaged ZIP and a header-only CSV are failures and {@code --strict} exits 1; repeated
 * ids are reported so the counts equal what is stored; hostile file names and metadata reach neither the
 * terminal nor the dataset card as control sequences.
 */
@Tag("reliability")
class ReliabilityInputsTest {
    @TempDir
    Path tmp;

    private String corpus(String name) {
        String home = tmp.resolve(name).toString();
        assertThat(CliRunner.run("init", home, "--name", name).exitCode()).isZero();
        return home;
    }

    @Test
    void aSymlinkFarmImportsOnlyWhatIsInsideAndListsEveryLinkLeavingIt() throws Exception {
        String corpus = corpus("links");
        Path farm = tmp.resolve("farm");
        Files.createDirectories(farm.resolve("docs"));
        Files.writeString(farm.resolve("docs/th.txt"), "ชาวนาปลูกข้าวหอมมะลิ", StandardCharsets.UTF_8);
        Files.createSymbolicLink(farm.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(farm.resolve("notes.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(farm.resolve("same.txt"), Path.of("docs/th.txt"));
        Files.createSymbolicLink(farm.resolve("docs/up"), Path.of(".."));

        CliRunner.Result result = CliRunner.run("-C", corpus, "import", "--strict", farm.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("imported 1 document from 1 input")
                .contains("skipped: " + farm.resolve("etc") + ": symbolic link to /etc leads out of")
                .contains("skipped: " + farm.resolve("notes.txt") + ": symbolic link to /etc/passwd leads out of");
        CliRunner.Result search = CliRunner.run("-C", corpus, "--json", "search", "root");
        assertThat(search.json().get("total").asLong()).isZero();
        JsonNode json = CliRunner.run("-C", corpus, "--json", "import", farm.toString()).json();
        assertThat(json.get("skipped")).hasSize(2);
    }

    @Test
    void aPipelineSourceFollowsTheSameRuleForFoldersAndGlobs() throws Exception {
        Path ci = tmp.resolve("ci");
        Files.createDirectories(ci.resolve("data/sub"));
        Files.writeString(ci.resolve("data/lo.txt"), "ຊາວກະສິກອນປູກເຂົ້າໜຽວ", StandardCharsets.UTF_8);
        Files.createSymbolicLink(ci.resolve("data/passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(ci.resolve("data/sub/hosts.txt"), Path.of("/etc/hosts"));
        Files.writeString(ci.resolve("pipeline.yaml"), "corpus: corpus\nsources:\n"
                + "  - {name: glob, paths: [\"data/*.txt\"]}\n  - {name: folder, paths: [data/sub]}\n",
                StandardCharsets.UTF_8);
        CliRunner.Result result = CliRunner.run("--json", "run", ci.resolve("pipeline.yaml").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = result.json();
        assertThat(report.get("import").get("added").asLong()).isEqualTo(1);
        assertThat(report.get("warnings").toString()).contains("/etc/passwd").contains("/etc/hosts");
    }

    @Test
    void aDamagedZipAndAHeaderOnlyCsvAreFailuresAndStrictExitsOne() throws Exception {
        String corpus = corpus("damaged");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path zip = in.resolve("news.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("th/news.txt"));
            out.write("ข่าวเกษตรประจำวัน".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        Arrays.fill(bytes, bytes.length - 22 + 12, bytes.length - 22 + 20, (byte) 0); // directory: size 0, at 0
        Files.write(zip, bytes);
        Files.writeString(in.resolve("qa.csv"), "question,answer\n", StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("-C", corpus, "import", "--strict", in.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("0 documents").contains("2 failed")
                .contains("failed: " + zip + ": the archive lists no files: it is empty, or its central directory "
                        + "is damaged")
                .contains("qa.csv: no rows: the file holds only a header");
    }

    @Test
    void repeatedIdsAreReportedAndTheCountsEqualWhatIsStored() throws Exception {
        String corpus = corpus("ids");
        Path data = tmp.resolve("rows.jsonl");
        Files.writeString(data, """
                {"id": "a", "text": "Kerajaan negeri memberi bantuan benih padi kepada pesawah."}
                {"id": "b", "text": "Pemerintah daerah membagikan bibit padi gratis kepada petani."}
                {"id": "a", "text": "Para petani di Karawang memanen padi lebih awal tahun ini."}
                {"id": "c", "text": "Mga magsasaka sa Nueva Ecija ay nag-aani na ng palay."}
                {"id": "b", "text": "Ang kooperatiba ay namigay ng libreng binhi sa mga magsasaka."}
                """, StandardCharsets.UTF_8);
        JsonNode report = CliRunner.run("-C", corpus, "--json", "import", data.toString()).json();
        assertThat(report.get("added").asLong()).isEqualTo(3);
        assertThat(report.get("failed").findValuesAsText("kind")).containsExactly("duplicate_id", "duplicate_id");
        JsonNode stats = CliRunner.run("-C", corpus, "--json", "stats").json();
        assertThat(stats.get("documents").asLong()).isEqualTo(3);
    }

    @Test
    void hostileNamesAndMetadataReachNeitherTheTerminalNorTheCardRaw() throws Exception {
        String corpus = corpus("escapes");
        Path in = Files.createDirectories(tmp.resolve("hostile"));
        String forged = "a\nfailed: etc-shadow: forged line.txt";
        String clear = "\u001B[2J\u001B]0;owned\u0007.txt";
        Files.write(in.resolve(forged), new byte[0]); // empty: it fails, so its name is printed
        Files.write(in.resolve(clear), new byte[0]);
        Files.writeString(in.resolve("rows.jsonl"), "{\"id\": \"x\\u001b[31m\", \"title\": \"\\u001b]8;;http://evil\\u0007"
                + "link\", \"text\": \"ชาวประมงออกเรือหาปลาในอ่าวไทยตั้งแต่เช้ามืด\"}\n", StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("-C", corpus, "import", in.toString());
        String printed = result.out() + result.err();
        assertThat(printed).doesNotContain("\u001B").doesNotContain("\u0007");
        assertThat(result.out().lines().filter(l -> l.startsWith("failed: "))).hasSize(2);
        assertThat(result.out()).contains("a\\nfailed: etc-shadow: forged line.txt").contains("\\e[2J\\e]0;owned\\x07.txt");

        CliRunner.Result search = CliRunner.run("-C", corpus, "search", "--lang", "th", "ประมง");
        assertThat(search.out()).contains("[id=x\\e[31m]").doesNotContain("\u001B");

        Path out = tmp.resolve("card");
        CliRunner.Result export = CliRunner.run("-C", corpus, "export", "--out", out.toString(), "--query",
                "ประมง`\n# injected heading");
        assertThat(export.exitCode()).as(export.err()).isZero();
        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).doesNotContain("\n# injected").doesNotContain("\u001B").contains("query ``ประมง`\\n# injected heading``");
    }
}
