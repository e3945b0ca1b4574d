package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.List;

import org.seacorpus.ingest.ImportFailure;

/**
 * What makes an import idempotent and resumable: the import asks the tracker about every file the walk finds
 * (import it, or skip it as unchanged), and tells it when a file's documents are durably in the index.
 *
 * <p>Ordering guarantee: {@link #committed} is called after the index commit that holds every document of the
 * listed files, so a record kept by the tracker can lag the index after a crash but never lead it. Methods may
 * be called from several threads; implementations are thread-safe.
 */
public interface SourceTracker {

    /**
     * What to do with one file.
     *
     * @param skip  true: do not read the file, its documents in the index are current
     * @param stamp when importing, the {@link org.seacorpus.document.SourceStamp} value every document of the
     *              file gets (null for none)
     */
    record Decision(boolean skip, String stamp) {
        public static final Decision SKIP = new Decision(true, null);

        public static Decision importWith(String stamp) {
            return new Decision(false, stamp);
        }
    }

    /**
     * A file that was read to the end.
     *
     * @param file      the file as the walk found it
     * @param source    its portable source name (see {@link org.seacorpus.document.SourceName})
     * @param stamp     the stamp its documents got
     * @param documents documents it yielded (added, updated or unchanged)
     * @param failures  parts of it that failed, or the whole file
     */
    record Outcome(Path file, String source, String stamp, long documents, List<ImportFailure> failures) {
        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Called on the walking thread for each file found, before anything is read from it.
     *
     * @param source the file's portable source name, which its documents get (and their ids hash)
     */
    Decision consider(Path file, String source);

    /** Every document of the file has been handed to the index writer; not yet committed. */
    default void finished(Outcome outcome) {
    }

    /** The commit that just completed holds every document of these files. */
    void committed(List<Outcome> outcomes);
}
