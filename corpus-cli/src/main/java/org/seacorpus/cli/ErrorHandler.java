package org.seacorpus.cli;

import org.seacorpus.corpus.CorpusException;
import org.seacorpus.export.ExportException;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.search.QuerySyntaxException;
import org.seacorpus.util.SafeText;

import picocli.CommandLine;

/**
 * Prints what went wrong in one line (the stack trace only with -v) and maps failures to the exit codes of
 * DESIGN §5: 2 for usage errors, 3 when the corpus cannot be opened, 1 for anything else that failed.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CORPUS_UNAVAILABLE = 3;

    private final CorpusCommand root;

    ErrorHandler(CorpusCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (root.verbose) {
            e.printStackTrace(cli.getErr());
        }
        String message = e.getMessage() == null ? FailureReason.of(e) : e.getMessage();
        cli.getErr().println("corpus " + cli.getCommandName() + ": error: " + SafeText.oneLine(message));
        cli.getErr().flush();
        return exitCode(e);
    }

    /**
     * A mistake on the command line (a missing or unknown option, a bad value): one line saying what, the
     * command's short usage line and where the help is, instead of the whole help page. Exit 2.
     */
    static int parameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        java.io.PrintWriter err = cli.getErr();
        String name = cli.getCommandSpec().qualifiedName();
        err.println(name + ": error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Usage: " + cli.getHelp().abbreviatedSynopsis().strip());
        err.println("Run '" + name + " --help' for " + (cli.getSubcommands().isEmpty() ? "its options."
                : "its commands and options."));
        err.flush();
        return USAGE;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException || e instanceof QuerySyntaxException
                || e instanceof ExportException || e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof CorpusException) {
            return CORPUS_UNAVAILABLE;
        }
        return FAILED;
    }
}
