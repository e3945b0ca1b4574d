package org.seacorpus.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 */
public final class SourceWalker {
    /** Receives files found, and paths that cannot be walked. */
    public interface Visitor {
        void file(Path file);

        void failure(Path path, String error);
    }

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /** @param includes globs a file must match (any), empty for all; @param excludes globs that skip a path */
    public SourceWalker(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(SourceWalker::glob).toList();
        this.excludes = excludes.stream().map(SourceWalker::glob).toList();
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
                walkDirectory(root, root, visitor, seen);
            } else {
                visitFile(root, root.getFileName(), visitor, seen, true);
            }
        }
    }

    private void walkDirectory(Path root, Path dir, Visitor visitor, Set<Path> seen) {
        try {
            if (!seen.add(dir.toRealPath())) {
                return; // a link back to a folder already walked
            }
        } catch (IOException e) {
            visitor.failure(dir, "cannot resolve folder: " + e.getMessage());
            return;
        }
        List<Path> children = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(children::add);
        } catch (IOException e) {
            visitor.failure(dir, "cannot list folder: " + e);
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
            if (Files.isDirectory(child)) {
                walkDirectory(root, child, visitor, seen);
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
            visitor.failure(file, "not a regular file");
            return;
        }
        try {
            if (!seen.add(file.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            visitor.failure(file, "cannot resolve file: " + e.getMessage());
            return;
        }
        visitor.file(file);
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
