package org.seacorpus.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the files to import under the given paths: files as given, directories recursively in name order
 * (so runs are reproducible), with include/exclude globs. Hidden files and folders are skipped, symbolic-link
 * loops are cut, and a file reached twice (overlapping arguments) is imported once.
 *
 * <p>Symbolic links: a path given is taken as given, link or not. Inside it, a link is followed only when it
 * stays inside that path (its real location is under the real location of the path given); a link that leads
 * out ({@code etc -> /etc}, {@code notes.txt -> /etc/passwd}) is not followed and is reported to
 * {@link Visitor#skipped} with its target, unless the walker was made to follow links. A broken link and a
 * link loop are reported as failures.
 */
public final class SourceWalker {
    /** Receives files found, and paths that cannot be walked. */
    public interface Visitor {
        void file(Path file);

        void failure(Path path, String error);

        /** A path deliberately not followed: a symbolic link leading out of the path given, with its target. */
        default void skipped(Path path, String reason) {
        }
    }

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final boolean followSymlinks;

    /** @param includes globs a file must match (any), empty for all; @param excludes globs that skip a path */
    public SourceWalker(List<String> includes, List<String> excludes) {
        this(includes, excludes, false);
    }

    /** @param followSymlinks follow links that lead out of the paths given, too */
    public SourceWalker(List<String> includes, List<String> excludes, boolean followSymlinks) {
        this.includes = includes.stream().map(SourceWalker::glob).toList();
        this.excludes = excludes.stream().map(SourceWalker::glob).toList();
        this.followSymlinks = followSymlinks;
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    public void walk(List<Path> roots, Visitor visitor) {
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                visitor.failure(root, "no such file or directory");
            } else if (Files.isDirectory(root)) {
                Path boundary;
                try {
                    boundary = root.toRealPath();
                } catch (IOException e) {
                    visitor.failure(root, "cannot resolve folder: " + FailureReason.of(e));
                    continue;
                }
                walkDirectory(root, root, boundary, visitor, seen);
            } else {
                visitFile(root, root.getFileName(), visitor, seen, true);
            }
        }
    }

    private void walkDirectory(Path root, Path dir, Path boundary, Visitor visitor, Set<Path> seen) {
        try {
            if (!seen.add(dir.toRealPath())) {
                return; // a link back to a folder already walked
            }
        } catch (IOException e) {
            visitor.failure(dir, "cannot resolve folder: " + FailureReason.of(e));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(children::add);
        } catch (IOException e) {
            visitor.failure(dir, "cannot list folder: " + FailureReason.of(e));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            Path relative = root.relativize(child);
            if (matchesAny(excludes, relative)) {
                continue;
            }
            if (Files.isSymbolicLink(child) && !admitLink(root, child, boundary, visitor)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                walkDirectory(root, child, boundary, visitor, seen);
            } else {
                visitFile(child, relative, visitor, seen, false);
            }
        }
    }

    private void visitFile(Path file, Path relative, Visitor visitor, Set<Path> seen, boolean explicit) {
        if (!explicit && !includes.isEmpty() && !matchesAny(includes, relative)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            visitor.failure(file, Files.isSymbolicLink(file) ? "broken symbolic link to " + linkTarget(file)
                    + " (its target does not exist)" : "not a regular file");
            return;
        }
        try {
            if (!seen.add(file.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            visitor.failure(file, "cannot resolve file: " + FailureReason.of(e));
            return;
        }
        visitor.file(file);
    }

    /**
     * Whether to follow a link met inside a folder given: yes when it stays inside {@code boundary} (the real
     * location of the folder given) or links are followed anyway; a link leading out is reported as skipped, a
     * broken link or a loop as a failure.
     */
    private boolean admitLink(Path root, Path link, Path boundary, Visitor visitor) {
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return true; // broken: reported by visitFile with its target
        } catch (IOException e) {
            visitor.failure(link, "symbolic link to " + linkTarget(link) + " cannot be resolved (a link loop?): "
                    + FailureReason.of(e));
            return false;
        }
        if (followSymlinks || real.startsWith(boundary)) {
            return true;
        }
        visitor.skipped(link, "symbolic link to " + linkTarget(link) + " leads out of " + root
                + " (to " + real + "): not followed; --follow-symlinks (follow_symlinks: true in a pipeline file) "
                + "follows it");
        return false;
    }

    /** What a link says it points to, as written in the link. */
    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** A glob with no '/' matches the file name anywhere; otherwise the path relative to the walked folder. */
    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        Path name = relative.getFileName();
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative) || (name != null && matcher.matches(name))) {
                return true;
            }
        }
        return false;
    }
}
