package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * The root builds only the commands a run names ({@link CorpusCommand#commandLine}); every other command is a stub
 * with its name and description. A user must not be able to tell: every help page, the root's command list, the
 * answer to a misspelled command and {@code help COMMAND} are the same as with every command built.
 */
class LazyCommandTreeTest {
    /** Every command and subcommand, as the words a user types ({@code stats freq}), from the whole tree. */
    static Stream<List<String>> everyCommand() {
        List<List<String>> out = new ArrayList<>();
        collect(CorpusCommand.fullCommandLine(), new ArrayList<>(), out);
        assertThat(out).hasSizeGreaterThan(25);
        return out.stream();
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias: the command is visited under its name
            }
            List<String> words = new ArrayList<>(path);
            words.add(name);
            out.add(words);
            collect(sub, words, out);
        });
    }

    @ParameterizedTest(name = "corpus {0} --help")
    @MethodSource("everyCommand")
    void everyHelpPageIsTheSameAsWithEveryCommandBuilt(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        Run lazy = run(args, false);
        Run whole = run(args, true);
        assertThat(lazy.code).isZero();
        assertThat(lazy.out).contains("Usage: corpus " + String.join(" ", command)).contains("--help");
        assertThat(lazy).isEqualTo(whole);
    }

    @ParameterizedTest(name = "corpus {0}")
    @MethodSource("otherRuns")
    void theRootHelpErrorsAndHelpCommandAreTheSame(List<String> args) {
        Run lazy = run(args, false);
        assertThat(lazy).isEqualTo(run(args, true));
    }

    static Stream<List<String>> otherRuns() {
        return Stream.of(List.of("--help"), List.of(), List.of("help"), List.of("help", "import"),
                List.of("help", "stats", "freq"), List.of("imprt", "x"), List.of("stats", "colloc", "--help"),
                List.of("--json", "-q", "lang"), List.of("-C", "some/dir", "serch", "ข้าว"), List.of("--version"),
                List.of("stats", "frq"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args, boolean wholeTree) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorpusCommand.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                wholeTree);
        return new Run(code, out.toString(), err.toString());
    }
}
