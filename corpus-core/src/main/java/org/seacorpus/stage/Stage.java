package org.seacorpus.stage;

import org.seacorpus.document.Document;

/**
 * One step of the import flow (normalise, identify, analyse, …): takes a document and returns the enriched one.
 *
 * <p>A stage never mutates its input (documents are immutable), never reaches back to an earlier stage, and must
 * be safe to call from several threads at once: the import job runs documents in parallel through one instance.
 * A stage that cannot handle a document throws {@link StageException}; the job reports that document as failed
 * with the stage's message and goes on with the next one.
 */
public interface Stage {
    /** Short name used in reports, e.g. {@code normalize}. */
    String name();

    Document apply(Document doc) throws StageException;
}
