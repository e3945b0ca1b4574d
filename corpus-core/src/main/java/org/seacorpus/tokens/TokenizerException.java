package org.seacorpus.tokens;

/** A tokenizer cannot be opened: an unknown name, a missing or damaged file. The message says what to do. */
public final class TokenizerException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TokenizerException(String message) {
        super(message);
    }

    public TokenizerException(String message, Throwable cause) {
        super(message, cause);
    }
}
