package org.seacorpus.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pieces of the docs check: finding commands in a page, splitting them, masking and matching outputs. */
class DocsCheckTest {
    private static final List<String> PAGE = List.of(
            "# Walk-through",
            "",
            "```text",
            "$ bin/corpus -C my-corpus search --lang th ข้าว",
            "2 hits",
            "58fba4ab03de th   ok        news.txt",
            "…",
            "$ bin/corpus -C my-corpus export --out train \\",
            "    --split train=0.8,test=0.2      # two splits",
            "exported 2 documents in 2 files to /home/somchai/train",
            "```",
            "",
            "<!-- check-docs: skip -->",
            "```text",
            "$ bin/corpus -C my-corpus dedupe --show CLUSTER",
            "```",
            "```sh",
            "$ rm -rf /",
            "```");

    @Test
    void findsTheCommandsOfTextBlocksWithTheirOutputAndSkipsMarkedAndOtherBlocks() {
        List<DocCommand> commands = MarkdownCommands.parse("page.md", PAGE);
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).line()).isEqualTo(4);
        assertThat(commands.get(0).text()).isEqualTo("bin/corpus -C my-corpus search --lang th ข้าว");
        assertThat(commands.get(0).expected()).containsExactly("2 hits", "58fba4ab03de th   ok        news.txt", "…");
        assertThat(commands.get(1).text()).isEqualTo("bin/corpus -C my-corpus export --out train \\\n"
                + "    --split train=0.8,test=0.2      # two splits");
        assertThat(commands.get(1).expectedFrom()).isEqualTo(9);
    }

    @Test
    void splitsLikeAShellAndLeavesTheRestToBash() {
        assertThat(ShellWords.split(MarkdownCommands.parse("p", PAGE).get(1).text())).contains(List.of("bin/corpus",
                "-C", "my-corpus", "export", "--out", "train", "--split", "train=0.8,test=0.2"));
        assertThat(ShellWords.split("bin/corpus search --filter 'source:*news*' \"ข้าว \\\"หอม\\\"\""))
                .contains(List.of("bin/corpus", "search", "--filter", "source:*news*", "ข้าว \"หอม\""));
        assertThat(ShellWords.split("bin/corpus search x > out.txt")).isEmpty();
        assertThat(ShellWords.split("bin/corpus -C $CORPUS_HOME stats")).isEmpty();
        assertThat(ShellWords.split("find train-set -type f | sort")).isEmpty();
        assertThat(ShellWords.pipe("echo 'a | b' | bin/corpus segment --lang th")).get()
                .satisfies(p -> assertThat(p).containsExactly("echo 'a | b'", "bin/corpus segment --lang th"));
        assertThat(ShellWords.pipe("a | b | c")).isEmpty();
        assertThat(ShellWords.pipe("a || b")).isEmpty();
    }

    @Test
    void idsDurationsTimesPathsAndUsersAreMasked() {
        assertThat(OutputMatch.mask("imported 277 documents from 86 inputs in 19.4 s: 277 added   "))
                .isEqualTo("imported 277 documents from 86 inputs in <t> s: 277 added");
        assertThat(OutputMatch.mask("  exact-15ea5fa714cff95a (2 documents, kept 15ea5fa714cf)"))
                .isEqualTo("  exact-<id> (2 documents, kept <id>)");
        assertThat(OutputMatch.mask("created corpus 'sample' at /work/main/my-corpus"))
                .isEqualTo("created corpus 'sample' at <path>");
        assertThat(OutputMatch.mask("recorded in /…/my-corpus/runs/20261129T105742.406Z-curate-reject.json"))
                .isEqualTo("recorded in <path>");
        assertThat(OutputMatch.mask("2026-11-29T10:57:42.406Z  curate-reject   reject 1 of 1 document; by root"))
                .isEqualTo("<time>  curate-reject   reject 1 of 1 document; by <user>");
        assertThat(OutputMatch.mask("  time: exact 0.08 s (cpu 0.01), near 12 ms"))
                .isEqualTo("  time: exact <t> s (cpu <t>), near <t> s");
        assertThat(OutputMatch.mask("th/news.txt 3 sentences 2/3")).isEqualTo("th/news.txt 3 sentences 2/3");
    }

    @Test
    void anEllipsisLineStandsForAnyLinesAndEverythingElseMustBeEqual() {
        List<String> page = List.of("3 hits", "…", "last line");
        assertThat(OutputMatch.matches(page, List.of("3 hits", "last line"))).isTrue();
        assertThat(OutputMatch.matches(page, List.of("3 hits", "a", "b", "last line"))).isTrue();
        assertThat(OutputMatch.matches(page, List.of("4 hits", "last line"))).isFalse();
        assertThat(OutputMatch.matches(page, List.of("3 hits", "last line", "one more"))).isFalse();
        assertThat(OutputMatch.matches(List.of(), List.of())).isTrue();
        assertThat(OutputMatch.matches(List.of(), List.of("unexpected"))).isFalse();
        assertThat(OutputMatch.diff(List.of("a", "b"), List.of("a", "c"))).containsExactly("    a", "  + c", "  - b");
    }

    @Test
    void anUpdateKeepsThePagesShortening() {
        List<String> page = List.of("head", "…", "tail");
        List<String> printed = List.of("new head", "1", "2", "3", "new tail");
        assertThat(OutputMatch.updated(page, printed)).containsExactly("new head", "…", "new tail");
        assertThat(OutputMatch.updated(List.of("a"), printed)).isEqualTo(printed);
    }
}
