package org.seacorpus.stage;

/** A stage could not process one document; the message says why in words a user understands. */
public class StageException extends Exception {
    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
