package org.seacorpus.corpus;

/** The corpus was written with an older schema and must be migrated once; the message gives the command. */
public class CorpusOutdatedException extends CorpusException {
    public CorpusOutdatedException(String message) {
        super(message);
    }
}
