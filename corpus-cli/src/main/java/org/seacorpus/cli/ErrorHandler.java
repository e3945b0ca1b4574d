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
