package org.seacorpus.stage;

/** Why a stage did not pass a document on. Reports count by these, never by free strings. */
public enum DropReason {
    /** The stage failed on the document (the failure list has the message). */
    ERROR,
    /** Nothing left after extraction or normalisation. */
    EMPTY_TEXT,
    /** Larger than the configured limit. */
    TOO_LARGE,
    /** Not text: binary content, or a format with no text in it. */
    NOT_TEXT
}
