package org.seacorpus.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a source path as written in a pipeline file into paths: a plain path resolves against the file's folder;
 * a glob ({@code *}, {@code **}, {@code ?}, {@code [..]}, {@code {a,b}}) is matched (java.nio glob syntax)
 * against the files and folders under its fixed leading part, in name order.
 */
public final class SourcePaths {
    private SourcePaths() {
    }

    /** True when the text holds glob characters. */
    public static boolean isGlob(String written) {
        return written.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The folder a glob's walk starts from (the path before its first glob segment), or the path itself. */
    public static Path fixedPrefix(Path baseDir, String written) {
        String p = written.strip();
        if (!isGlob(p)) {
            return baseDir.resolve(p).normalize();
        }
        String[] segments = p.split("/", -1);
        StringBuilder fixed = new StringBuilder(p.startsWith("/") ? "/" : "");
        for (String segment : segments) {
            if (isGlob(segment)) {
                break;
            }
            if (!segment.isEmpty()) {
                fixed.append(segment).append('/');
            }
        }
        return baseDir.resolve(fixed.isEmpty() ? "." : fixed.toString()).normalize();
    }

    /**
     * The paths a written path stands for: itself (resolved) when it is not a glob, else every file and folder
     * matching it, sorted; a folder that matches is taken whole and nothing under it is listed again.
     */
    public static List<Path> expand(Path baseDir, String written) throws IOException {
        String p = written.strip();
        if (!isGlob(p)) {
            return List.of(baseDir.resolve(p).normalize());
        }
        Path root = fixedPrefix(baseDir, p);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Path absolutePattern = p.startsWith("/") ? Path.of(p) : baseDir.resolve(p);
        String pattern = absolutePattern.normalize().toString();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root) && matcher.matches(path)).sorted().forEach(path -> {
                if (matches.isEmpty() || !path.startsWith(matches.get(matches.size() - 1))) {
                    matches.add(path);
                }
            });
        }
        return matches;
    }
}
