package org.seacorpus.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.seacorpus.ingest.SourceWalker;

/**
 * Lists the files of the {@code prepare} inputs on the driver, in a reproducible order. Local paths are walked by
 * the core's {@link SourceWalker}, exactly as {@code corpus import} walks them; other file systems (HDFS, S3A…)
 * through Hadoop's {@link FileSystem} with the same rules: folders recursively in name order, hidden files and
 * folders skipped, include and exclude globs on the path relative to the folder given (or the file name).
 */
final class InputListing {
    /** The files found, and the inputs that could not be walked (path, reason). */
    record Listing(List<InputFile> files, List<String[]> failures) {
    }

    private final PrepareOptions options;
    private final Configuration hadoop;

    InputListing(PrepareOptions options, Configuration hadoop) {
        this.options = options;
        this.hadoop = hadoop;
    }

    Listing list() throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<String[]> failures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String input : options.inputs()) {
            if (isLocal(input)) {
                Path path = localPath(input);
                new SourceWalker(options.includes(), options.excludes()).walk(List.of(path), new SourceWalker.Visitor() {
                    @Override
                    public void file(Path file) {
                        try {
                            Path absolute = file.toAbsolutePath().normalize();
                            String uri = absolute.toUri().toString();
                            if (seen.add(uri)) {
                                files.add(new InputFile(uri, absolute.toString(), java.nio.file.Files.size(absolute),
                                        SourceNames.local(path, absolute, options)));
                            }
                        } catch (IOException e) {
                            failures.add(new String[] {file.toString(), "cannot read: " + e.getMessage()});
                        }
                    }

                    @Override
                    public void failure(Path failed, String error) {
                        failures.add(new String[] {failed.toString(), error});
                    }
                });
            } else {
                walkRemote(new org.apache.hadoop.fs.Path(input), files, failures, seen);
            }
        }
        return new Listing(files, failures);
    }

    static boolean isLocal(String input) {
        URI uri = URI.create(input.replace(" ", "%20"));
        return uri.getScheme() == null || uri.getScheme().length() == 1 || "file".equals(uri.getScheme());
    }

    static Path localPath(String input) {
        return input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
    }

    private void walkRemote(org.apache.hadoop.fs.Path root, List<InputFile> files, List<String[]> failures,
                            Set<String> seen) throws IOException {
        FileSystem fs = root.getFileSystem(hadoop);
        if (!fs.exists(root)) {
            failures.add(new String[] {root.toString(), "no such file or directory"});
            return;
        }
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
            add(root, status, files, seen);
            return;
        }
        List<PathMatcher> includes = options.includes().stream().map(InputListing::glob).toList();
        List<PathMatcher> excludes = options.excludes().stream().map(InputListing::glob).toList();
        walkRemoteDir(fs, status.getPath(), status.getPath(), includes, excludes, files, failures, seen);
    }

    private void walkRemoteDir(FileSystem fs, org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path dir,
                               List<PathMatcher> includes, List<PathMatcher> excludes, List<InputFile> files,
                               List<String[]> failures, Set<String> seen) {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (IOException e) {
            failures.add(new String[] {dir.toString(), "cannot list folder: " + e.getMessage()});
            return;
        }
        Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            Path relative = Path.of(root.toUri().relativize(child.getPath().toUri()).getPath());
            if (matchesAny(excludes, relative)) {
                continue;
            }
            if (child.isDirectory()) {
                walkRemoteDir(fs, root, child.getPath(), includes, excludes, files, failures, seen);
            } else if (includes.isEmpty() || matchesAny(includes, relative)) {
                add(root, child, files, seen);
            }
        }
    }

    private void add(org.apache.hadoop.fs.Path root, FileStatus status, List<InputFile> files, Set<String> seen) {
        String uri = status.getPath().toUri().toString();
        if (seen.add(uri)) {
            files.add(new InputFile(uri, status.getPath().toString(), status.getLen(),
                    SourceNames.remote(root, status.getPath(), options)));
        }
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

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
