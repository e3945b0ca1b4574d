package org.seacorpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * One thing to extract documents from: a file, or an entry of an archive (already read into memory, within the
 * archive limits, because archive streams can only be read in order).
 *
 * @param source the portable name of the file ({@link org.seacorpus.document.SourceName}; for an archive entry:
 *               the archive's name), never a local path: documents take it as their {@code source}
 * @param part   entry path inside the archive, empty for a plain file
 * @param name   file name used for format detection (the entry's own name for archive entries)
 * @param size   size in bytes
 * @param file   the file, or null for an in-memory entry
 * @param bytes  the entry's bytes, or null for a file
 * @param read   counts the bytes read from the file, for progress (null: not counted); entries are counted
 *               when their archive is read
 */
public record InputItem(String source, String part, String name, long size, Path file, byte[] bytes,
                        LongAdder read) {

    public InputItem(String source, String part, String name, long size, Path file, byte[] bytes) {
        this(source, part, name, size, file, bytes, null);
    }

    /** The same item, counting the bytes read from its file into {@code counter} (progress of a long read). */
    public InputItem metered(LongAdder counter) {
        return new InputItem(source, part, name, size, file, bytes, counter);
    }

    /** A file on disk, named {@code source} (its portable name). */
    public static InputItem ofFile(Path file, String source) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new InputItem(source, "", absolute.getFileName().toString(), Files.size(absolute), absolute, null);
    }

    /** A file on disk named by its file name alone (for reading one file outside an import). */
    public static InputItem ofFile(Path file) throws IOException {
        return ofFile(file, file.toAbsolutePath().normalize().getFileName().toString());
    }

    public static InputItem ofEntry(InputItem archive, String entryPath, byte[] bytes) {
        String part = archive.part().isEmpty() ? entryPath : archive.part() + "!/" + entryPath;
        String name = entryPath.substring(entryPath.lastIndexOf('/') + 1);
        return new InputItem(archive.source(), part, name, bytes.length, null, bytes);
    }

    public InputStream open() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(bytes);
        }
        InputStream in = Files.newInputStream(file);
        return read == null ? in : new CountingStream(in, read);
    }

    public byte[] readAll(long limit) throws IOException {
        if (size > limit) {
            throw new IOException("too large: " + size + " bytes (limit " + limit + ")");
        }
        if (file == null) {
            return bytes;
        }
        byte[] all = Files.readAllBytes(file);
        if (read != null) {
            read.add(all.length);
        }
        return all;
    }

    /** Adds every byte read (or skipped) to a counter. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final LongAdder counter;

        CountingStream(InputStream in, LongAdder counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.increment();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counter.add(Math.max(0, skipped));
            return skipped;
        }
    }

    /**
     * What a user recognises in a report: the file as the walk found it (the path as given on the command line),
     * or for an archive entry the archive's source name and the entry.
     */
    public String displayPath() {
        String path = file != null ? file.toString() : source;
        return part.isEmpty() ? path : path + "!/" + part;
    }

    /** Lower-case name, for matching extensions. */
    public String lowerName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
