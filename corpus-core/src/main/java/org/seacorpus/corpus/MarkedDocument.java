package org.seacorpus.corpus;

import org.seacorpus.document.Marks;

/**
 * A document whose marks a job changed, as far as telling the user which one it was: its id, language, source and
 * part (the part only when the job read it; empty otherwise).
 */
public record MarkedDocument(String id, String lang, String source, String part) {
    /** Told of each document whose marks change (also in a dry run): which one, its marks before and after. */
    @FunctionalInterface
    public interface Listener {
        void changed(MarkedDocument doc, Marks before, Marks after);
    }
}
