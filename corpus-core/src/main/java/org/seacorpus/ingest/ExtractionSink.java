package org.seacorpus.ingest;

import org.seacorpus.document.Document;

/** Receives what an extractor finds in one input: documents, and the parts that failed. */
public interface ExtractionSink {
    void document(Document doc);

    /** A part of the input (a dataset row, say) failed; the rest of the input goes on. */
    void failure(String part, String error);

    /**
     * A part of the input failed for a reason of this kind (a row over the size limit, say). Sinks that keep the
     * kind override this; the default keeps only the words.
     */
    default void failure(String part, ImportFailure.Kind kind, String error) {
        failure(part, error);
    }
}
