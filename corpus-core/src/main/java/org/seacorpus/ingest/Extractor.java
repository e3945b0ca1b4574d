package org.seacorpus.ingest;

/**
 * Turns one input into documents (a Tika parser for a PDF; a dataset reader yields one document per row).
 * Implementations are thread-safe; the caller owns the input and closes nothing the extractor did not open.
 */
public interface Extractor {
    /** True when this extractor handles this input (decided by name and, for some, the first bytes). */
    boolean accepts(InputItem item);

    /**
     * Extracts the input's documents into the sink. A failure of the whole input is thrown as
     * {@link ExtractionException}; a failure of one part goes to {@link ExtractionSink#failure}.
     */
    void extract(InputItem item, ExtractionSink sink) throws ExtractionException;
}
