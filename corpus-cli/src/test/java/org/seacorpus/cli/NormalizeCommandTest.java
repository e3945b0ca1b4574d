package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus normalize}: a line-preserving filter, with --lang, --explain, --doc and --json. */
class NormalizeCommandTest {
    private static final Path SAMPLES = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static CliRunner.Result withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void everyInputLineGivesExactlyOneOutputLine() throws Exception {
        Path file = tmp.resolve("in.txt");
        Files.writeString(file, "\u0E40\u0E40ม่\n\n  ေမာင္ေမာင္  \nHoà bình\u2028xin chào\nclean line\n");
        CliRunner.Result result = CliRunner.run("normalize", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("แม่\n\nမောင်မောင်\nHòa bình xin chào\nclean line\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void standardInputIsReadWhenNoFileIsGiven() {
        CliRunner.Result result = withStdin("ViÖt Nam lµ mét quèc gia\n", "normalize");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Việt Nam là một quốc gia\n");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        CliRunner.Result result = withStdin("", "normalize");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void explainPrintsEachRuleWithItsBeforeAndAfterOnStderr() {
        CliRunner.Result result = withStdin("น\u0E49\u0E4D\u0E32ปลา\nok\n", "normalize", "--explain");
        assertThat(result.out()).isEqualTo("น้ำปลา\nok\n");
        assertThat(result.err()).contains("stdin:1  thai-sara-am: น\u0E49\u0E4D\u0E32ปลา → น้ำปลา")
                .contains("1 line changed: {thai-sara-am=1}");
    }

    @Test
    void theHardCaseFilesComeOutAsTheirExpectedFiles() throws Exception {
        CliRunner.Result thai = CliRunner.run("normalize", SAMPLES.resolve("hard-cases/thai-misordered-marks.txt")
                .toString());
        assertThat(thai.out()).isEqualTo(Files.readString(SAMPLES.resolve(
                "hard-cases/thai-misordered-marks.expected.txt")));
        CliRunner.Result zawgyi = CliRunner.run("normalize", "--doc",
                SAMPLES.resolve("hard-cases/burmese-zawgyi.txt").toString());
        assertThat(zawgyi.out()).isEqualTo(Files.readString(SAMPLES.resolve("hard-cases/burmese-unicode.txt")));
        String shan = Files.readString(SAMPLES.resolve("hard-cases/shan-unicode.txt"));
        assertThat(CliRunner.run("normalize", SAMPLES.resolve("hard-cases/shan-unicode.txt").toString()).out())
                .isEqualTo(shan);
    }

    @Test
    void legacyEncodedFilesAreDecodedFirst() {
        CliRunner.Result result = CliRunner.run("normalize", "--doc",
                SAMPLES.resolve("vi/tin-nong-nghiep-cp1258.txt").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Nông dân đồng bằng sông Cửu Long chuyển sang giống lúa chịu mặn\n");
    }

    @Test
    void langAndToneStyleOptionsApply() {
        assertThat(withStdin("Noé\n", "normalize").out()).isEqualTo("Noé\n");
        assertThat(withStdin("Noé\n", "normalize", "--lang", "vi").out()).isEqualTo("Nóe\n");
        assertThat(withStdin("Hòa bình, sức khỏe\n", "normalize", "--vietnamese-tone", "modern").out())
                .isEqualTo("Hoà bình, sức khoẻ\n");
    }

    @Test
    void jsonGivesOneObjectPerLineWithTheAuditAndTheChanges() throws Exception {
        CliRunner.Result result = withStdin("a\u200Bb\nclean\n", "--json", "normalize", "--explain");
        String[] lines = result.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("text").asText()).isEqualTo("ab");
        assertThat(first.get("rules").get("zero-width").asInt()).isEqualTo(1);
        assertThat(first.get("changes").get(0).get("rule").asText()).isEqualTo("zero-width");
        assertThat(first.get("changes").get(0).get("before").asText()).isEqualTo("a\u200Bb");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("rules").size()).isZero();
    }

    @Test
    void usageErrorsExitWith2AndSayWhatToDo() {
        CliRunner.Result badLang = withStdin("x\n", "normalize", "--lang", "klingon");
        assertThat(badLang.exitCode()).isEqualTo(2);
        assertThat(badLang.err()).contains("unknown language 'klingon'; known: ");
        CliRunner.Result badStyle = withStdin("x\n", "normalize", "--vietnamese-tone", "new");
        assertThat(badStyle.exitCode()).isEqualTo(2);
        assertThat(badStyle.err()).contains("use traditional (hòa, thủy) or modern (hoà, thuỷ)");
        CliRunner.Result missing = CliRunner.run("normalize", tmp.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").contains("nope.txt");
    }

    @Test
    void helpDescribesTheFilter() {
        CliRunner.Result result = CliRunner.run("normalize", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: corpus normalize", "--explain", "--lang", "--doc",
                "one output line per input line");
    }
}
