package org.seacorpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
 */
public record InputItem(String source, String part, String name, long size, Path file, byte[] bytes) {

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
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    public byte[] readAll(long limit) throws IOException {
        if (size > limit) {
            throw new IOException("too large: " + size + " bytes (limit " + limit + ")");
        }
        return file != null ? Files.readAllBytes(file) : bytes;
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
