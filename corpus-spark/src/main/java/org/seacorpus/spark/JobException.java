package org.seacorpus.spark;

/** A job cannot run as asked (missing input, output in the way…); the message says what to do. */
public class JobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobException(String message) {
        super(message);
    }

    public JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
