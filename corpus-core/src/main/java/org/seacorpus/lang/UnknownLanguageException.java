package org.seacorpus.lang;

/** A language code a user gave ({@code --lang}, a pipeline key, a request) that no profile has. */
public class UnknownLanguageException extends IllegalArgumentException {
    private final String code;

    public UnknownLanguageException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The code as given. */
    public String code() {
        return code;
    }
}
