package org.seacorpus.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each offered as a stream of its own that ends at the line feed, so that a line is
 * parsed while it is read and never held whole: a line of a gigabyte costs a 64 KiB buffer, and whatever the
 * parser decides to keep. Lines end at {@code \n} (a {@code \r} before it is left to the parser, for which it is
 * whitespace). Not thread-safe; the caller closes the underlying stream.
 */
final class LineInput {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean inLine;
    private long lineNumber;
    private final InputStream line = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!inLine || len == 0) {
                return inLine ? 0 : -1;
            }
            if (pos == limit && !fill()) {
                inLine = false;
                return -1;
            }
            int end = Math.min(limit, pos + len);
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    int n = i - pos;
                    System.arraycopy(buffer, pos, b, off, n);
                    pos = i + 1;
                    inLine = false;
                    return n == 0 ? -1 : n;
                }
            }
            int n = end - pos;
            System.arraycopy(buffer, pos, b, off, n);
            pos = end;
            return n;
        }
    };

    LineInput(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line (skipping what is left of the current one); false at the end of the input. */
    boolean next() throws IOException {
        skipRest();
        if (pos == limit && !fill()) {
            return false;
        }
        inLine = true;
        lineNumber++;
        return true;
    }

    /** The current line, ending at its line feed. */
    InputStream line() {
        return line;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** Reads past the rest of the current line without keeping it. */
    void skipRest() throws IOException {
        while (inLine) {
            if (pos == limit && !fill()) {
                inLine = false;
                return;
            }
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    pos = i + 1;
                    inLine = false;
                    return;
                }
            }
            pos = limit;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
