package org.seacorpus.web;

/** A request the server refuses or cannot answer: the HTTP status and a message for the person or script. */
public final class WebException extends RuntimeException {
    private final int status;

    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
