package org.seacorpus.corpus;

/** Another process is writing to the corpus. */
public class CorpusLockedException extends CorpusException {
    public CorpusLockedException(String message) {
        super(message);
    }
}
