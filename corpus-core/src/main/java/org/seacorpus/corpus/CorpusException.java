package org.seacorpus.corpus;

/** A corpus could not be opened or used; the message names the corpus and says what to do. */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
