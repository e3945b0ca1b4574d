package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus completion bash} sourced in a real bash: the completion function, driven as bash drives it on a
 * TAB (COMP_WORDS, COMP_CWORD), completes subcommands, options and option values.
 */
class CompletionCommandTest {
    @TempDir
    static Path tmp;
    static Path script;

    @BeforeAll
    static void writeScript() throws IOException {
        CliRunner.Result result = CliRunner.run("completion", "bash");
        assertThat(result.exitCode()).isZero();
        script = tmp.resolve("corpus_completion");
        Files.writeString(script, result.out(), StandardCharsets.UTF_8);
    }

    /** What bash offers after the words typed so far (the last one being completed). */
    static List<String> complete(String... words) throws Exception {
        String driver = String.join("\n",
                "source '" + script + "'",
                "compopt() { :; }  # outside a real TAB press compopt has nothing to change",
                "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList())
                        + ")",
                "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
                "COMP_LINE=\"${COMP_WORDS[*]}\"",
                "COMP_POINT=${#COMP_LINE}",
                "COMPREPLY=()",
                "_complete_corpus corpus \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver)
                .redirectErrorStream(false).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(err).isZero();
        assertThat(err).isEmpty();
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aSubcommandCompletes() throws Exception {
        assertThat(complete("corpus", "im")).containsExactly("import");
        assertThat(complete("corpus", "stats", "coll")).containsExactlyInAnyOrder("collocations", "colloc"); // and its alias
        assertThat(complete("corpus", "stats", "fr")).containsExactly("freq");
        assertThat(complete("corpus", "comp")).containsExactly("completion");
    }

    @Test
    void optionsAndTheirValuesComplete() throws Exception {
        assertThat(complete("corpus", "export", "--form")).containsExactly("--format");
        assertThat(complete("corpus", "export", "--format", "")).containsExactlyInAnyOrder("jsonl", "parquet",
                "txt", "conllu", "vert");
        assertThat(complete("corpus", "stats", "--tokenizer", "o2")).containsExactly("o200k_base");
    }

    @Test
    void zshGetsTheSameScriptWhichEmulatesBashCompletionItself() {
        CliRunner.Result zsh = CliRunner.run("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).contains("bashcompinit", "complete -F _complete_corpus");
        CliRunner.Result fish = CliRunner.run("completion", "fish");
        assertThat(fish.exitCode()).isEqualTo(2);
        assertThat(fish.err()).contains("unknown shell 'fish'; use bash or zsh");
    }
}
