package org.seacorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
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
            "Run 'corpus COMMAND --help' for the options of a command."},
        subcommands = {
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
            CommandLine.HelpCommand.class})
public final class CorpusCommand implements java.util.concurrent.Callable<Integer> {

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

    /** Held so the logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // Lucene reports optional speed-ups (the vector module) through java.util.logging; users need not see it
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (what tests call). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CorpusCommand root = new CorpusCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(root));
        cli.setParameterExceptionHandler(ErrorHandler::parameterError);
        cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        // descriptions are written in lines of up to ~105 characters; on a terminal the help uses its width
        cli.setUsageHelpWidth(110);
        cli.setUsageHelpAutoWidth(true);
        CommandSummaries.install(cli);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
