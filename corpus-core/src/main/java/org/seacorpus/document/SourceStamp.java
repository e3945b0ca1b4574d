package org.seacorpus.document;

import java.util.Objects;

/**
 * Which version of its source produced (or last confirmed) a document: a hash of the source's URI, the
 * SHA-256 of the file's bytes and the import settings used. A batch run ({@code corpus run}) stamps every
 * document it reads; after a changed file is imported again, the documents of that file that still carry an
 * older stamp are the ones the file no longer yields (a removed dataset row, a removed archive entry).
 *
 * @param value 32 hex characters
 */
public record SourceStamp(String value) {
    public SourceStamp {
        Objects.requireNonNull(value, "value");
    }
}
