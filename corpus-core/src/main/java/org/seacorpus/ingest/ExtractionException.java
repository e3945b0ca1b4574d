package org.seacorpus.ingest;

/** An input could not be read at all; the message says why (corrupt PDF, binary content, empty file…). */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
