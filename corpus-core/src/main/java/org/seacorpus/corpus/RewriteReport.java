package org.seacorpus.corpus;

/**
 * The result of changing stored documents in place (curation, dedupe marks).
 *
 * @param job      what changed them (e.g. {@code reject}, {@code dedupe})
 * @param query    which documents were considered
 * @param dryRun   true when nothing was written
 * @param matched  documents the query matched
 * @param changed  documents that changed (or would have, in a dry run)
 * @param inPlace  of those, documents whose marks were updated in place (no re-indexing)
 * @param record   the audit record in {@code runs/}, or null (dry run, or nothing changed)
 */
public record RewriteReport(String job, String startedAt, long durationMs, String query, boolean dryRun,
                            long matched, long changed, long inPlace, String record) {
    RewriteReport recordedIn(java.nio.file.Path file) {
        return new RewriteReport(job, startedAt, durationMs, query, dryRun, matched, changed, inPlace,
                file.toString());
    }
}
