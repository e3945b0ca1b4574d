package org.seacorpus.config;

import java.nio.file.Path;

/**
 * A pipeline file read and checked: where it is, and what it says. Relative paths in it resolve against its own
 * folder, so a pipeline travels with its data.
 *
 * @param path   the file, absolute
 * @param config its contents
 */
public record PipelineFile(Path path, PipelineConfig config) {
    public PipelineFile {
        path = path.toAbsolutePath().normalize();
    }

    /** The folder relative paths are resolved against. */
    public Path baseDir() {
        return path.getParent();
    }

    /** A path as written in the file, made absolute ({@code ~/} is the user's home folder). */
    public Path resolve(String written) {
        String p = written.strip();
        if (p.equals("~") || p.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(p.substring(Math.min(2, p.length())))
                    .normalize();
        }
        return baseDir().resolve(p).normalize();
    }

    /** The pipeline's name: {@code name:} if given, else the file name without its extension. */
    public String name() {
        if (config.name() != null && !config.name().isBlank()) {
            return config.name().strip();
        }
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The name of source {@code index} (0-based): {@code name:} if given, else {@code source-N}. */
    public String sourceName(int index) {
        String name = config.sources().get(index).name();
        return name == null || name.isBlank() ? "source-" + (index + 1) : name.strip();
    }
}
