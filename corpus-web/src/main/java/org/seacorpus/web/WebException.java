package org.seacorpus.web;

/** A request the server refuses or cannot answer: the HTTP status and a message for the person or script. */
public final class WebException extends RuntimeException {
    private final int status;
    private final boolean anonymous;

    public WebException(int status, String message) {
        this(status, message, false);
    }

    /** @param anonymous the request was not let in: the answer must not tell anything about the corpus */
    public WebException(int status, String message, boolean anonymous) {
        super(message);
        this.status = status;
        this.anonymous = anonymous;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public int status() {
        return status;
    }
}
