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
    /** Bytes of the current line gathered by {@link #wholeLine(int)} before it gave up; {@link #line()} gives them first. */
    private byte[] spill = new byte[0];
    private int prefixPos;
    private int prefixLength;
    private byte[] lineBytes;
    private int lineOffset;
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
            if (prefixPos < prefixLength) {
                // a decoder's output does not depend on how its input is cut into reads
                int n = Math.min(len, prefixLength - prefixPos);
                System.arraycopy(spill, prefixPos, b, off, n);
                prefixPos += n;
                return n;
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

    /**
     * Reads the whole current line at once if it is at most {@code max} bytes: returns its length, its bytes
     * being {@link #lineBytes()} from {@link #lineOffset()} (valid until the next call), and moves past it. A line
     * that ends in the buffer is not copied; one that runs past the buffer's end is gathered in a second array,
     * reading on exactly as {@link #line()} would. A longer line gives -1 and is then read from {@link #line()},
     * from its first byte. Call only before anything of the current line is read.
     */
    int wholeLine(int max) throws IOException {
        int bound = (int) Math.min(limit, pos + (long) max + 1);
        for (int i = pos; i < bound; i++) {
            if (buffer[i] == '\n') {
                lineBytes = buffer;
                lineOffset = pos;
                pos = i + 1;
                inLine = false;
                return i - lineOffset;
            }
        }
        if (limit - pos > max) {
            return -1;
        }
        int length = limit - pos;
        spill = spillFor(spill, length, 0);
        System.arraycopy(buffer, pos, spill, 0, length);
        pos = limit;
        while (true) {
            if (!fill()) {
                break; // the last line, without a line feed
            }
            int room = max - length;
            int end = Math.min(limit, room + 1);
            int found = -1;
            for (int i = 0; i < end; i++) {
                if (buffer[i] == '\n') {
                    found = i;
                    break;
                }
            }
            int take = found >= 0 ? found : limit;
            if (found < 0 && limit > room) {
                // too long: line() gives what was gathered, then the buffer
                prefixPos = 0;
                prefixLength = length;
                return -1;
            }
            spill = spillFor(spill, length + take, length);
            System.arraycopy(buffer, 0, spill, length, take);
            length += take;
            pos = take;
            if (found >= 0) {
                pos++;
                break;
            }
        }
        lineBytes = spill;
        lineOffset = 0;
        inLine = false;
        return length;
    }

    /** The array holding the line {@link #wholeLine(int)} read. */
    byte[] lineBytes() {
        return lineBytes;
    }

    /** Where that line starts in {@link #lineBytes()}. */
    int lineOffset() {
        return lineOffset;
    }

    private static byte[] spillFor(byte[] spill, int needed, int keep) {
        if (spill.length >= needed) {
            return spill;
        }
        byte[] bigger = new byte[Math.max(needed, Math.min(2 * spill.length, Integer.MAX_VALUE - 16))];
        System.arraycopy(spill, 0, bigger, 0, keep);
        return bigger;
    }

    /** Reads past the rest of the current line without keeping it. */
    void skipRest() throws IOException {
        prefixPos = prefixLength = 0;
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
