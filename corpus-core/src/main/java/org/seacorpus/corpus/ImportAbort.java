package org.seacorpus.corpus;

/**
 * The one error that ends an import: the first failure to read or write the index, or a broken JVM. Bad input
 * never lands here (it is that input's failure, reported and skipped). Once set, workers stop taking new work and
 * {@link ImportJob#run} throws it, keeping what the last commit held. Thread-safe.
 */
final class ImportAbort {
    private volatile Throwable cause;

    /** Records {@code e} unless an earlier error already ended the import. */
    synchronized void set(Throwable e) {
        if (cause == null) {
            cause = e;
        }
    }

    boolean happened() {
        return cause != null;
    }

    /** The error a caller of the import sees; null when nothing ended it. */
    CorpusException exception() {
        Throwable e = cause;
        if (e == null) {
            return null;
        }
        String what = e instanceof VirtualMachineError ? "the Java VM failed: " : "cannot write to the index: ";
        return new CorpusException(what + org.seacorpus.ingest.FailureReason.of(e) + "; the import stopped, "
                + "documents committed before are kept", e);
    }
}
