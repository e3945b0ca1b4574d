package org.seacorpus.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the rows of one output file in one format, through a {@link FileSink} that counts and hashes the bytes
 * as they reach the disk. A format implements {@link #append}, {@link #size} and {@link #finish}; the counting,
 * the file's description and closing once are here. Not thread-safe; one writer per open file. After
 * {@link #close()}, {@link #bytes()} and {@link #sha256()} describe the file as it is on disk.
 */
abstract class RowWriter implements AutoCloseable {
    protected final FileSink sink;
    private long rows;
    private String sha256;

    protected RowWriter(Path file) throws IOException {
        this.sink = new FileSink(file);
    }

    /** Writes one row in the format; {@link #rows()} still counts the rows before it. */
    protected abstract void append(ExportRow row) throws IOException;

    /** Bytes of the file so far (buffered data included where the format can tell), to rotate by size. */
    abstract long size();

    /** Flushes and closes the format's own streams, which end in the sink. */
    protected abstract void finish() throws IOException;

    final void write(ExportRow row) throws IOException {
        append(row);
        rows++;
    }

    final long rows() {
        return rows;
    }

    final Path file() {
        return sink.file();
    }

    final long bytes() {
        return sink.count();
    }

    final String sha256() {
        return sha256;
    }

    @Override
    public final void close() throws IOException {
        if (sha256 == null) {
            finish();
            sha256 = sink.sha256Hex();
        }
    }
}
