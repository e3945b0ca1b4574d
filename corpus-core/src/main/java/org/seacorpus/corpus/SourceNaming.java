package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.List;

import org.seacorpus.document.SourceName;

/**
 * Names the files an import walks ({@link SourceName}'s rule): by the first path given that holds the file (the
 * order the walk visits them), or relative to a base folder (a pipeline file's) when the file lies under it;
 * with the import's prefix in front. Computed outside the walk, from the paths as given.
 */
public final class SourceNaming {
    private final List<Path> roots;
    private final String prefix;
    private final Path base;

    public SourceNaming(ImportOptions options) {
        this.roots = options.paths().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.prefix = options.sourceName();
        this.base = options.namingBase();
    }

    public SourceName name(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (base != null) {
            SourceName inBase = SourceName.inBase(prefix, base, f);
            if (inBase != null) {
                return inBase;
            }
        }
        for (Path root : roots) {
            if (f.startsWith(root)) {
                return SourceName.inRoot(prefix, root, f);
            }
        }
        return SourceName.inRoot(prefix, f, f); // not under a given path (cannot happen with SourceWalker)
    }

    /** The file's location on this machine, kept inside the corpus only. */
    public static String location(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
