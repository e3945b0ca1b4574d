package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusLock;

/** Exit codes, help, version and error messages: the CLI contract of DESIGN §5. */
class CliContractTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"init", "import", "search", "stats", "export", "run"})
    void everyCommandHasHelpThatTeaches(String command) {
        CliRunner.Result result = CliRunner.run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: corpus " + command).contains("--help");
    }

    @Test
    void rootHelpListsCommandsAndExitCodes() {
        CliRunner.Result result = CliRunner.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("import", "search", "export", "Exit codes", "-C, --corpus");
        assertThat(CliRunner.run("--version").out()).startsWith("seacorpus ");
    }

    @Test
    void commandListsGiveEachCommandAWholePhraseAndNameAliasesOnce() {
        String root = CliRunner.run("--help").out();
        String list = root.substring(root.indexOf("Commands:"), root.indexOf("Exit codes"));
        assertThat(list).containsPattern("(?m)^  import +Import documents$")
                .containsPattern("(?m)^  run +Run a pipeline file$");
        for (String row : list.strip().lines().skip(1).toList()) {
            assertThat(row).as(row).matches("  [a-z]+ +[A-Z].*[^,(:;]$");
        }
        String stats = CliRunner.run("stats", "--help").out();
        assertThat(stats).containsPattern("(?m)^  collocations, colloc +List the collocates of WORD$")
                .containsPattern("(?m)^  quality +Show the quality signals and what the quality filter would remove$");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(CliRunner.run("import").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("search", "--no-such-option", "x").exitCode()).isEqualTo(2);
        String corpus = tmp.resolve("c").toString();
        CliRunner.run("init", corpus);
        CliRunner.Result badFormat = CliRunner.run("-C", corpus, "search", "--format", "xml", "ข้าว");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown --format 'xml'");
        CliRunner.Result badQuery = CliRunner.run("-C", corpus, "search", "AND (");
        assertThat(badQuery.exitCode()).isEqualTo(2);
        assertThat(badQuery.err()).contains("cannot parse query");
        CliRunner.Result badLang = CliRunner.run("-C", corpus, "import", "--lang", "klingon", tmp.toString());
        assertThat(badLang.exitCode()).isEqualTo(2);
        assertThat(badLang.err()).contains("unknown language 'klingon'");
    }

    @Test
    void aMissingCorpusExitsWith3AndSaysHowToCreateOne() {
        CliRunner.Result result = CliRunner.run("-C", tmp.resolve("none").toString(), "stats");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("no corpus at").contains("corpus init");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aLockedCorpusExitsWith3AndNamesTheHolder() throws Exception {
        Path home = tmp.resolve("c");
        Corpus.create(home, "c");
        Path input = tmp.resolve("in.txt");
        Files.writeString(input, "ຊາວນາປູກເຂົ້າ");
        try (CorpusLock held = CorpusLock.acquire(home.toAbsolutePath(), "corpus import (another run)")) {
            CliRunner.Result result = CliRunner.run("-C", home.toString(), "import", input.toString());
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("is locked by pid").contains("another run");
            // readers are never blocked by a writer
            assertThat(CliRunner.run("-C", home.toString(), "stats").exitCode()).isZero();
        }
        assertThat(CliRunner.run("-C", home.toString(), "import", input.toString()).exitCode()).isZero();
    }

    @Test
    void strictImportExitsWith1WhenAnInputFailed() throws Exception {
        String corpus = tmp.resolve("c").toString();
        CliRunner.run("init", corpus);
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertThat(CliRunner.run("-C", corpus, "-q", "import", empty.toString()).exitCode()).isZero();
        CliRunner.Result strict = CliRunner.run("-C", corpus, "-q", "import", "--strict", empty.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEmpty(); // -q: no report
        assertThat(strict.err()).contains("failed: ").contains("empty file"); // but what failed is said
    }

    @Test
    void exportRefusesToMixWithOtherFiles() throws Exception {
        String corpus = tmp.resolve("c").toString();
        CliRunner.run("init", corpus);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRunner.Result result = CliRunner.run("-C", corpus, "export", "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not empty");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    }
}
