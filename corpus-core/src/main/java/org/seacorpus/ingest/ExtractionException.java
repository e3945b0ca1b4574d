package org.seacorpus.ingest;

/**
 * An input could not be read at all; the message says why (corrupt PDF, binary content, empty file…), in words for
 * a person, and {@link #kind()} says what sort of failure it is.
 */
public class ExtractionException extends Exception {
    private final ImportFailure.Kind kind;

    public ExtractionException(String message) {
        this(ImportFailure.Kind.INPUT, message, null);
    }

    public ExtractionException(String message, Throwable cause) {
        this(ImportFailure.Kind.INPUT, message, cause);
    }

    public ExtractionException(ImportFailure.Kind kind, String message) {
        this(kind, message, null);
    }

    public ExtractionException(ImportFailure.Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? ImportFailure.Kind.INPUT : kind;
    }

    public ImportFailure.Kind kind() {
        return kind;
    }
}
