package org.seacorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options, the list of subcommands, and the one place that maps errors to exit codes. */
@Command(name = "corpus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Manage multilingual corpora of ASEAN languages for AI training data:",
            "import documents, search them, count them and export clean training sets."},
        footer = {"",
            "Exit codes: 0 done; 1 the job ran but something failed (or a check failed);",
            "            2 usage error; 3 the corpus could not be opened (missing, locked, newer).",
            "Run 'corpus COMMAND --help' for the options of a command."})
public final class CorpusCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * The subcommands, in the order the help lists them. They are not in the {@code @Command} annotation: picocli
     * would build the model of every one of them (reflection over every option of every command) on each run,
     * half of what {@code corpus --help} costs. {@link #commandLine} builds only those a run names.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            StatsCommand.class,
            DedupeCommand.class,
            TagCommand.class,
            RejectCommand.class,
            RestoreCommand.class,
            MetaCommand.class,
            HistoryCommand.class,
            ExportCommand.class,
            LangidCommand.class,
            NormalizeCommand.class,
            SegmentCommand.class,
            RunCommand.class,
            MigrateCommand.class,
            CompletionCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class);

    /** Commands that read the whole command tree: the completion script lists every command and option. */
    private static final Set<String> WHOLE_TREE = Set.of("completion");

    @Option(names = {"-C", "--corpus"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Corpus home (default: $CORPUS_HOME, else ./corpus).")
    Path corpus;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Machine-readable JSON on stdout; messages and progress go to stderr.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No progress or messages.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More detail; stack traces on errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code corpus} alone: the command list, on stderr, and exit 2 (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorHandler.USAGE;
    }

    /** The corpus home from -C, else $CORPUS_HOME, else ./corpus. */
    Path corpusHome() {
        if (corpus != null) {
            return corpus;
        }
        String env = System.getenv("CORPUS_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("corpus");
    }

    Output output(CommandLine.Model.CommandSpec commandSpec) {
        return new Output(commandSpec.commandLine().getOut(), commandSpec.commandLine().getErr(), json, quiet,
                verbose);
    }

    /**
     * The command line for {@code args}: the root with every subcommand, but only those named somewhere in
     * {@code args}, by name or alias, wherever the word stands ({@code corpus help import} builds {@code help} and
     * {@code import}), built in full; the others are stubs that carry their name, aliases and description, which is
     * all the root's help list and picocli's "did you mean" need. A stub is never run: a command that is run was
     * named, so it was built. {@code completion}, or {@code wholeTree}, builds every command.
     */
    static CommandLine commandLine(CorpusCommand root, String[] args, boolean wholeTree) {
        Set<String> named = new HashSet<>(Arrays.asList(args));
        boolean all = wholeTree || named.stream().anyMatch(WHOLE_TREE::contains);
        CommandLine cli = new CommandLine(root);
        for (Class<?> type : SUBCOMMANDS) {
            Command command = type.getAnnotation(Command.class);
            boolean build = all || named.contains(command.name())
                    || Arrays.stream(command.aliases()).anyMatch(named::contains);
            cli.addSubcommand(command.name(), build ? type : stub(command), command.aliases());
        }
        CommandSummaries.install(cli);
        return cli;
    }

    /** The command line with every subcommand built (for the completion script, the man pages and tests). */
    static CommandLine fullCommandLine() {
        return commandLine(new CorpusCommand(), new String[0], true);
    }

    /** A command that is listed but not built: its name, aliases, header and description. */
    private static CommandSpec stub(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }

    /** Held so the logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // Lucene reports optional speed-ups (the vector module) through java.util.logging; users need not see it
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (what tests call). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    /**
     * The same, with {@code wholeTree} every command built in full, as picocli would build them from an annotation:
     * what the run that builds only the named commands must not be told apart from (tests).
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err, boolean wholeTree) {
        CorpusCommand root = new CorpusCommand();
        CommandLine cli = commandLine(root, args, wholeTree);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(root));
        cli.setParameterExceptionHandler(ErrorHandler::parameterError);
        cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        // descriptions are written in lines of up to ~105 characters; on a terminal the help uses its width
        cli.setUsageHelpWidth(110);
        cli.setUsageHelpAutoWidth(true);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
