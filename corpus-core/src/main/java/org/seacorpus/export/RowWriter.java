package org.seacorpus.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the rows of one output file in one format. Not thread-safe; one writer per open file. After
 * {@link #close()}, {@link #bytes()} and {@link #sha256()} describe the file as it is on disk.
 */
interface RowWriter extends AutoCloseable {
    void write(ExportRow row) throws IOException;

    long rows();

    /** Bytes of the file so far (buffered data included where the format can tell), to rotate by size. */
    long size();

    Path file();

    long bytes();

    String sha256();

    @Override
    void close() throws IOException;
}
