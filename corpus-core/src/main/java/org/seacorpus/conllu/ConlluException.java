package org.seacorpus.conllu;

/** A CoNLL-U file breaks a rule of the format; the message names the line and the rule. */
public final class ConlluException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ConlluException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    /** The 1-based line where the problem is. */
    public int line() {
        return line;
    }
}
