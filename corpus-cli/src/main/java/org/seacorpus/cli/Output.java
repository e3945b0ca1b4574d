package org.seacorpus.cli;

import java.io.PrintWriter;

import org.seacorpus.util.SafeText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a command writes: results on stdout (JSON with --json), human messages and progress on stderr (none
 * with -q). Commands never print directly, so the contract holds everywhere.
 *
 * <p>Terminal safety: everything printed for people passes {@link SafeText#lines}, so no control sequence from an
 * input (ESC [2J, OSC titles and links, a carriage return overwriting a line, bidi overrides) reaches the
 * terminal, whatever the printer forgot. Fields inside a line (names, ids, metadata, tags) are escaped by the
 * printers with {@link SafeText#oneLine}, so that a newline in a file name cannot forge a report line. JSON is
 * escaped by its writer. {@link #data} is the one raw channel, for the text filters whose output is the user's
 * own text.
 */
final class Output {
    /** Made on the first JSON written: a run without --json does not pay for Jackson's set-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private final PrintWriter out;
    private final PrintWriter err;
    final boolean json;
    final boolean quiet;
    final boolean verbose;

    Output(PrintWriter out, PrintWriter err, boolean json, boolean quiet, boolean verbose) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    /** A result line for humans (stdout). */
    void println(String line) {
        out.println(SafeText.lines(line));
    }

    /** The user's own text, as it is (the output of normalize and segment, which are line-preserving filters). */
    void data(String text) {
        out.println(text);
    }

    /**
     * A line of a job's report for humans (stdout): what an import, export, dedupe, curation or migration did.
     * Silent with -q, which asks for no report (errors and warnings still go to stderr; --json still prints).
     */
    void report(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    /** A message for humans (stderr), silent with -q. */
    void info(String message) {
        if (!quiet) {
            out.flush(); // results before the message, so that a terminal shows both in the order written
            err.println(SafeText.lines(message));
            err.flush();
        }
    }

    void warn(String message) {
        out.flush();
        err.println(SafeText.lines(message));
        err.flush();
    }

    /** One JSON object on stdout. */
    void json(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }
}
