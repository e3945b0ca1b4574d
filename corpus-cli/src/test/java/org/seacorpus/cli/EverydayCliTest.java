package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a user trips over every day: tables that say what they left out, searches that say how many hits were not
 * printed, -q that silences every report, exit codes for mistakes, short usage errors, empty splits, plurals.
 */
class EverydayCliTest {
    @TempDir
    static Path tmp;
    static String corpus;

    /** Two files called news.txt in two folders, and three more Thai texts. */
    @BeforeAll
    static void importTexts() throws Exception {
        write("in/north/news.txt", "ชาวนาในจังหวัดเชียงรายเริ่มปลูกข้าวเหนียวพันธุ์ใหม่ ข้าวเหนียวพันธุ์นี้ทนหนาว\n");
        write("in/south/news.txt", "ชาวประมงในจังหวัดสงขลาออกเรือหาปลาตั้งแต่เช้ามืด แล้วขายปลาและข้าวที่ตลาด\n");
        write("in/south/market.txt", "แม่ค้าขายข้าวแกงที่ตลาดเช้า ลูกค้าซื้อข้าวแกงกลับบ้านทุกวัน\n");
        write("in/east/rice.txt", "ราคาข้าวหอมมะลิที่ตลาดกลางขึ้นอีกแล้ว ชาวนาดีใจที่ขายข้าวได้ราคา\n");
        write("in/east/farm.txt", "ฝนตกตามฤดูกาล ชาวนาจึงลงมือดำนาและหว่านข้าวพร้อมกันทั้งหมู่บ้าน\n");
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        assertThat(CliRunner.run("-q", "-C", corpus, "import", tmp.resolve("in").toString()).exitCode()).isZero();
    }

    private static Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theSourceTableKeepsFilesOfTheSameNameApartAndSaysWhatItLeftOut() {
        String all = CliRunner.run("-C", corpus, "stats").out();
        assertThat(all).contains("in/north/news.txt").contains("in/south/news.txt");
        String cut = CliRunner.run("-C", corpus, "stats", "--sources", "2").out();
        assertThat(cut.lines().filter(l -> l.startsWith("in/"))).hasSize(2);
        assertThat(cut).contains("… and 3 more (--sources N, or --json for all)");
        JsonNode json = CliRunner.run("--json", "-C", corpus, "stats").json();
        assertThat(json.get("source").has("in/north/news.txt")).isTrue();
        assertThat(json.get("source").has("in/south/news.txt")).isTrue();
    }

    @Test
    void searchSaysOnStderrHowManyHitsItLeftOutAndHowToGetThemAll() {
        CliRunner.Result tsv = CliRunner.run("-C", corpus, "search", "--format", "tsv", "--limit", "2", "ข้าว");
        assertThat(tsv.exitCode()).isZero();
        assertThat(tsv.out().lines()).hasSize(3); // header and two hits
        assertThat(tsv.err()).contains("showing 2 of 5 hits; 3 left out").contains("--all (or --limit 0)");
        CliRunner.Result every = CliRunner.run("-C", corpus, "search", "--format", "tsv", "--all", "ข้าว");
        assertThat(every.out().lines()).as(every.err()).hasSize(6);
        assertThat(every.err()).doesNotContain("left out");
        assertThat(CliRunner.run("-C", corpus, "search", "--format", "tsv", "--limit", "0", "ข้าว").out().lines())
                .hasSize(6);
        CliRunner.Result kwic = CliRunner.run("-C", corpus, "search", "--kwic", "--format", "tsv", "--limit", "3",
                "ข้าว");
        assertThat(kwic.out().lines()).hasSize(4);
        assertThat(kwic.err()).containsPattern("showing 3 of \\d+ concordance lines; \\d+ left out");
        assertThat(CliRunner.run("-q", "-C", corpus, "search", "--format", "tsv", "--limit", "2", "ข้าว").err())
                .isEmpty();
    }

    @Test
    void quietSilencesEveryReportButNotResults() throws Exception {
        Path more = write("more/th/late.txt", "ข่าวค่ำวันนี้ ราคาข้าวโพดที่ตลาดลดลงเล็กน้อย\n");
        String c = tmp.resolve("quiet-corpus").toString();
        for (String[] args : new String[][] {
            {"-q", "init", c},
            {"-q", "init", c},
            {"-q", "-C", c, "import", more.getParent().toString()},
            {"-q", "-C", c, "dedupe"},
            {"-q", "-C", c, "tag", "--add", "evening", "--all"},
            {"-q", "-C", c, "reject", "--reason", "too short", "--all"},
            {"-q", "-C", c, "restore", "--all"},
            {"-q", "-C", c, "export", "--include-rejected", "--out", tmp.resolve("quiet-out").toString()}}) {
            CliRunner.Result result = CliRunner.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
            assertThat(result.out()).as(String.join(" ", args)).isEmpty();
            assertThat(result.err()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(CliRunner.run("-q", "-C", c, "search", "ข้าวโพด").out()).contains("1 hit");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "import", tmp.resolve("no-such-folder").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file or folder").contains("no-such-folder");
    }

    @Test
    void aSourceNameThatIsALocalPathIsRefused() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "import", "--source-name", "/home/somchai/wiki",
                tmp.resolve("in").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("looks like a local path").contains("wiki-th/2025-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"search --lang xx ข้าว", "stats --lang xx", "stats freq --lang xx", "tag --add t --lang xx",
        "export --lang xx --out OUT", "import --lang xx IN", "segment --lang xx", "normalize --lang xx",
        "search --kwic --lang xx ข้าว", "stats quality --lang xx"})
    void anUnknownLanguageIsAnErrorInEveryCommand(String command) {
        String line = command.replace("OUT", tmp.resolve("never").toString()).replace("IN", tmp.resolve("in").toString());
        String[] args = ("-C " + corpus + " " + line).split(" ");
        CliRunner.Result result = CliRunner.run(args);
        assertThat(result.exitCode()).as(command + ": " + result.err()).isEqualTo(2);
        assertThat(result.err()).as(command).contains("unknown language 'xx'").contains("known: ");
    }

    @Test
    void aThreeLetterCodeGetsAHint() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "stats", "--lang", "tha");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown language 'tha'; did you mean 'th'?");
    }

    @Test
    void initOnAnExistingCorpusSaysSoAndOnAnotherFolderRefuses() throws Exception {
        CliRunner.Result again = CliRunner.run("init", corpus);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already exists").contains("nothing changed");
        assertThat(CliRunner.run("--json", "init", corpus).json().get("created").asBoolean()).isFalse();
        CliRunner.Result other = CliRunner.run("init", tmp.resolve("in").toString());
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("not empty").contains("holds no corpus");
        assertThat(tmp.resolve("in/corpus.yaml")).doesNotExist();
    }

    @Test
    void noCommandPrintsTheCommandListAndExits2() {
        CliRunner.Result result = CliRunner.run();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Commands:").contains("import").contains("show");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMissingRequiredOptionPrintsOneLineAndTheUsageLine() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "export");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(result.err()).contains("corpus export: error: Missing required option: '--out=DIR'")
                .contains("Usage: corpus export").contains("corpus export --help")
                .doesNotContain("dataset card"); // the description is not repeated
        CliRunner.Result typo = CliRunner.run("seach", "ข้าว");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: corpus search");
    }

    @Test
    void emptySplitsAreWarnedInTheReportAndTheManifest() throws Exception {
        Path out = tmp.resolve("split-out");
        CliRunner.Result result = CliRunner.run("-C", corpus, "export", "--format", "jsonl", "--split",
                "train=0.6,validation=0.2,test=0.2", "--seed", "3", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json")
                .toFile());
        long filled = manifest.get("counts").get("tha_Thai").size();
        assertThat(filled).isLessThan(3); // 5 documents, three splits drawn by id: seed 3 leaves one empty
        assertThat(manifest.get("warnings")).isNotEmpty();
        assertThat(manifest.get("warnings").get(0).asText()).contains("is empty").contains("of 5 rows drew none");
        assertThat(result.err()).contains("warning: split '").contains("is empty");
        assertThat(Files.readString(out.resolve("README.md"))).contains("**Note:** split '");
    }

    @Test
    void countsOfOneAreSingular() throws Exception {
        Path one = write("one/km/farmers.txt", "កសិករនៅខេត្តតាកែវចាប់ផ្តើមច្រូតស្រូវ ហើយតម្លៃស្រូវឆ្នាំនេះល្អជាងមុន។\n");
        String c = tmp.resolve("one-corpus").toString();
        CliRunner.run("-q", "init", c);
        CliRunner.Result imported = CliRunner.run("-C", c, "import", one.toString());
        assertThat(imported.out()).contains("imported 1 document from 1 input in ");
        CliRunner.Result exported = CliRunner.run("-C", c, "export", "--out", tmp.resolve("one-out").toString());
        assertThat(exported.out()).contains("exported 1 document in 1 file to ").contains("selected 1 document");
        assertThat(CliRunner.run("-C", c, "search", "កសិករ").out()).startsWith("1 hit");
    }
}
