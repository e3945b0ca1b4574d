package org.seacorpus.ingest;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An input that could not be imported, reported and skipped.
 *
 * <p>The reason is for a person: one line of at most {@value FailureReason#MAX_LENGTH} characters, without Java
 * class names ({@link FailureReason#clean}); the technical detail (the exception chain) goes to {@code detail},
 * which the CLI shows with {@code -v} and JSON always carries.
 *
 * @param path   the file path as the user knows it
 * @param part   archive entry or dataset row, empty for a whole file
 * @param error  what went wrong, in words
 * @param kind   what sort of failure it is, for scripts ({@code duplicate_id}, {@code too_large}, …)
 * @param detail the technical detail behind the reason, empty when there is none
 */
public record ImportFailure(String path, String part, String error, Kind kind, String detail) {

    /** What sort of failure: lets a script tell a repeated id from a damaged file without parsing words. */
    public enum Kind {
        /** The input (or a part of it) cannot be read or holds no usable text. */
        INPUT,
        /** The input, or a document in it, passes a size limit of {@link ImportLimits}: refused, not cut. */
        TOO_LARGE,
        /** The input was read but yielded no document and no other failure (an empty archive, a header-only CSV). */
        NO_DOCUMENTS,
        /** A row or document repeats an id already imported in this run; the first one is kept. */
        DUPLICATE_ID,
        /** Not the input's fault: an unexpected error or the heap running out while reading it. */
        INTERNAL;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ImportFailure {
        path = path == null ? "" : path;
        part = part == null ? "" : part;
        kind = kind == null ? Kind.INPUT : kind;
        detail = detail == null ? "" : detail;
        String raw = error == null ? "" : error;
        error = FailureReason.clean(raw);
        if (detail.isEmpty() && !error.equals(raw)) {
            detail = raw.strip(); // the reason was cut or cleaned: the full text stays for -v and JSON
        }
    }

    /** A failure of the input itself, without technical detail. */
    public ImportFailure(String path, String part, String error) {
        this(path, part, error, Kind.INPUT, "");
    }
}
