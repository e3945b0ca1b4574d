package org.seacorpus.corpus;

import java.util.List;

/**
 * What {@code corpus migrate} did (or, in a dry run, would do); kept in {@code runs/}.
 *
 * @param fromSchema      the schema version the corpus had
 * @param toSchema        the schema version it has now
 * @param roots           how sources were named: the roots (or the pipeline file) used
 * @param documents       documents in the corpus
 * @param renamed         documents whose source became a portable name (and whose id changed)
 * @param marksRemapped   documents whose {@code duplicate_of} or cluster named a renamed document
 * @param fingerprintsKept documents whose import fingerprint could not be recomputed exactly (for example, their
 *                        metadata was edited): a re-import reports them {@code updated} instead of
 *                        {@code unchanged}
 * @param runFiles        reports in {@code runs/} whose ids were rewritten to the new ones
 * @param ledgerEntries   entries of the source ledger ({@code corpus run}) renamed
 * @param idMap           the file of old id → new id pairs (inside the corpus), or null in a dry run
 * @param examples        a few sources, old → new
 */
public record MigrationReport(String job, String startedAt, long durationMs, boolean dryRun, int fromSchema,
                              int toSchema, List<String> roots, long documents, long renamed, long marksRemapped,
                              long fingerprintsKept, long runFiles, long ledgerEntries, String idMap,
                              List<Example> examples) {

    /** A source renamed: its old URI and its new portable name. */
    public record Example(String from, String to) {
    }
}
