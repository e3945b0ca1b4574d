package org.seacorpus.ingest;

import org.seacorpus.document.Document;

/** Receives what an extractor finds in one input: documents, and the parts that failed. */
public interface ExtractionSink {
    void document(Document doc);

    /** A part of the input (a dataset row, say) failed; the rest of the input goes on. */
    void failure(String part, String error);
}
