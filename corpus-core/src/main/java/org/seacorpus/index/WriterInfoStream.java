package org.seacorpus.index;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.util.InfoStream;
import org.apache.lucene.util.PrintStreamInfoStream;

/**
 * Lucene's own log of an index writer (each flush with its size and the time of each part, merges, commits), for
 * measuring where a writer's work goes: the system property {@value #PROPERTY} names a file the log is appended to
 * ({@code java -Dseacorpus.lucene.infostream=/tmp/writer.log …}). Unset, nothing is logged, as by default.
 */
public final class WriterInfoStream {
    /** The system property naming the log file. */
    public static final String PROPERTY = "seacorpus.lucene.infostream";

    private WriterInfoStream() {
    }

    /** The log the system property asks for, or none. */
    public static InfoStream fromSystemProperty() {
        return of(System.getProperty(PROPERTY));
    }

    /** A log appended to {@code path}, or none for a null or blank path. */
    static InfoStream of(String path) {
        if (path == null || path.isBlank()) {
            return InfoStream.NO_OUTPUT;
        }
        try {
            return new PrintStreamInfoStream(new PrintStream(new FileOutputStream(path, true), true,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index writer's log to " + path + " (system property "
                    + PROPERTY + "): " + e.getMessage(), e);
        }
    }
}
