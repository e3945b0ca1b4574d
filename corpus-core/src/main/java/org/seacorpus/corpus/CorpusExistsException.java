package org.seacorpus.corpus;

/** A corpus was to be created where one already is: nothing was changed. */
public class CorpusExistsException extends CorpusException {
    public CorpusExistsException(String message) {
        super(message);
    }
}
