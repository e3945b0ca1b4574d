package org.seacorpus.corpus;

/** There is no corpus home at the given path. */
public class CorpusNotFoundException extends CorpusException {
    public CorpusNotFoundException(String message) {
        super(message);
    }
}
