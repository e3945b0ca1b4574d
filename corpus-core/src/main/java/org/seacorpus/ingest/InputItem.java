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
 * @param source URI of the file on disk (for an archive entry: the archive's URI)
 * @param part   entry path inside the archive, empty for a plain file
 * @param name   file name used for format detection (the entry's own name for archive entries)
 * @param size   size in bytes
 * @param file   the file, or null for an in-memory entry
 * @param bytes  the entry's bytes, or null for a file
 */
public record InputItem(String source, String part, String name, long size, Path file, byte[] bytes) {

    public static InputItem ofFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new InputItem(absolute.toUri().toString(), "", absolute.getFileName().toString(),
                Files.size(absolute), absolute, null);
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

    /** What a user recognises in a report: the path, and the entry when there is one. */
    public String displayPath() {
        String path = file != null ? file.toString() : java.net.URI.create(source).getPath();
        return part.isEmpty() ? path : path + "!/" + part;
    }

    /** Lower-case name, for matching extensions. */
    public String lowerName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
