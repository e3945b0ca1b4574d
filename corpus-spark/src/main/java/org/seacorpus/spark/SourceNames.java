package org.seacorpus.spark;

import java.nio.file.Path;

import org.seacorpus.document.SourceName;

/**
 * The source name a file's documents carry, from which their ids are made: the portable name {@code corpus import}
 * gives the same file ({@link SourceName}'s rule: the input's own name and the path inside it, or the path relative
 * to {@code --root}, with the {@code --source-name} prefix), so both engines give a document the same id wherever
 * the files lie.
 */
final class SourceNames {
    private SourceNames() {
    }

    /** The name of a local {@code file} found under the input {@code input} (a folder, or the file itself). */
    static String local(Path input, Path file, PrepareOptions options) {
        if (options.root() != null && InputListing.isLocal(options.root())) {
            SourceName inBase = SourceName.inBase(options.sourceName(), InputListing.localPath(options.root()), file);
            if (inBase != null) {
                return inBase.value();
            }
        }
        return SourceName.inRoot(options.sourceName(), input, file).value();
    }

    /**
     * The name of a file on another file system found under the input {@code input}: the input's own name, then
     * the path inside it (the file's name when the input is the file), as for a local input.
     */
    static String remote(org.apache.hadoop.fs.Path input, org.apache.hadoop.fs.Path file, PrepareOptions options) {
        String inputUri = input.toUri().getPath().replaceAll("/+$", "");
        String fileUri = file.toUri().getPath();
        String relative = fileUri.equals(inputUri) ? "" : fileUri.substring(inputUri.length() + 1);
        String name = input.getName();
        return SourceName.of(options.sourceName(), relative.isEmpty() ? name : name + "/" + relative).value();
    }
}
