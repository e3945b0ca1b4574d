package org.seacorpus.corpus;

/**
 * The result of changing stored documents in place (curation, dedupe marks).
 *
 * @param job      what changed them (e.g. {@code reject}, {@code dedupe})
 * @param query    which documents were considered
 * @param dryRun   true when nothing was written
 * @param matched  documents the query matched
 * @param changed  documents that changed (or would have, in a dry run)
 */
public record RewriteReport(String job, String startedAt, long durationMs, String query, boolean dryRun,
                            long matched, long changed) {
}
