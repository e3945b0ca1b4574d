package org.seacorpus.document;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The portable name of a source: what a document's {@link DocumentId} hashes (with its part) and what exports
 * show as {@code source}. It never depends on where the files lie on this machine, so the same files imported
 * from another folder or another machine get the same name, the same ids, and are found {@code unchanged}.
 *
 * <p>The rule, in one place for every engine (the CLI, {@code corpus run}, Spark):
 * <ul>
 *   <li>a file found under a root given on the command line is named by the root's own name and the path inside
 *       it: {@code corpus import data/wiki} names {@code data/wiki/th/a.txt} {@code wiki/th/a.txt}; a file given
 *       directly is named by its file name ({@link #inRoot});</li>
 *   <li>a file of a pipeline source is named by its path relative to the pipeline file's folder
 *       ({@link #inBase}), so a pipeline travels with its data;</li>
 *   <li>an optional prefix ({@code --source-name wiki-th/2025-01}, or {@code source_name} of a pipeline source)
 *       goes in front: {@code wiki-th/2025-01/wiki/th/a.txt}.</li>
 * </ul>
 * Names use {@code /} between segments whatever the operating system, and are in Unicode NFC (macOS file systems
 * hand out decomposed names; the same Vietnamese file name must give the same id everywhere).
 *
 * @param value the name, e.g. {@code wiki-th/2025-01/th/a.txt}
 */
public record SourceName(String value) {
    public SourceName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a source name cannot be empty");
        }
    }

    /**
     * The prefix a user gives ({@code --source-name}), checked and tidied: segments separated by {@code /}, no
     * empty, {@code .} or {@code ..} segment, no backslash, not absolute (a prefix names data, not a place).
     *
     * @return the prefix without leading or trailing slashes, or null for none (null or blank)
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return null;
        }
        String p = prefix.strip();
        if (p.startsWith("/") || p.contains("\\") || p.matches("^[A-Za-z]:.*") || p.contains("://")) {
            throw new IllegalArgumentException("source name '" + prefix + "' looks like a local path; give a "
                    + "portable name such as wiki-th/2025-01 (letters, digits, - _ . and / between parts)");
        }
        String trimmed = p.replaceAll("/+$", "");
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("source name '" + prefix + "' has an empty, '.' or '..' part; "
                        + "give a name such as wiki-th/2025-01");
            }
        }
        return nfc(trimmed);
    }

    /** A name made of a prefix (may be null) and a relative path written with {@code /}. */
    public static SourceName of(String prefix, String relative) {
        String checked = checkPrefix(prefix);
        String rel = relative == null ? "" : relative.replaceAll("^/+", "");
        if (checked == null) {
            return new SourceName(nfc(rel));
        }
        return new SourceName(rel.isEmpty() ? checked : checked + "/" + nfc(rel));
    }

    /**
     * The name of {@code file} found under {@code root}, a path given on the command line: the root's own name,
     * then the path inside it; the file's name when the root is the file itself.
     *
     * @throws IllegalArgumentException when the file does not lie under the root
     */
    public static SourceName inRoot(String prefix, Path root, Path file) {
        Path r = absolute(root);
        Path f = absolute(file);
        if (!f.startsWith(r)) {
            throw new IllegalArgumentException(file + " does not lie under " + root);
        }
        List<String> segments = new ArrayList<>();
        if (r.getFileName() != null) {
            segments.add(r.getFileName().toString());
        }
        for (Path segment : r.relativize(f)) {
            if (!segment.toString().isEmpty()) {
                segments.add(segment.toString());
            }
        }
        return of(prefix, String.join("/", segments));
    }

    /**
     * The name of {@code file} relative to {@code base} (a pipeline file's folder), or null when it does not
     * lie under it (the caller then names it {@link #inRoot}).
     */
    public static SourceName inBase(String prefix, Path base, Path file) {
        Path b = absolute(base);
        Path f = absolute(file);
        if (!f.startsWith(b) || f.equals(b)) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        b.relativize(f).forEach(segment -> segments.add(segment.toString()));
        return of(prefix, String.join("/", segments));
    }

    /** The part of the name after its last {@code /}: usually the file name. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
