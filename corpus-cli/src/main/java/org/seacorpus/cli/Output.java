package org.seacorpus.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a command writes: results on stdout (JSON with --json), human messages and progress on stderr (none
 * with -q). Commands never print directly, so the contract holds everywhere.
 */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

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
        out.println(line);
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
            err.println(message);
            err.flush();
        }
    }

    void warn(String message) {
        out.flush();
        err.println(message);
        err.flush();
    }

    /** One JSON object on stdout. */
    void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
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
