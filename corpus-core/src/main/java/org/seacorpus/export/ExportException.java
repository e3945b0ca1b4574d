package org.seacorpus.export;

/** An export could not be written; the message names the folder and what to do. */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }
}
