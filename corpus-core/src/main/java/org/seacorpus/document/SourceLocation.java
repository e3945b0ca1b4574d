package org.seacorpus.document;

import java.util.Objects;

/**
 * Where a document's file lay on this machine when it was last stored: a {@code file:} URI (for an archive entry
 * or a dataset row, the archive's or the dataset's file). Kept inside the corpus only, to find the file again
 * and to show it ({@code corpus show}); it is not part of the document's identity ({@link SourceName} is), and no
 * export, dataset card or manifest carries it.
 *
 * @param uri the file's absolute {@code file:} URI
 */
public record SourceLocation(String uri) {
    public SourceLocation {
        Objects.requireNonNull(uri, "uri");
    }
}
