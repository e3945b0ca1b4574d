package org.seacorpus.curate;

import java.util.List;
import java.util.Map;

/**
 * One curation action as the audit trail in {@code runs/} keeps it: when, by whom, what, on which documents,
 * chosen how, and why.
 *
 * @param action      {@code tag}, {@code reject}, {@code restore} or {@code meta}
 * @param at          when it started (ISO-8601 instant)
 * @param by          the operating-system user who ran it
 * @param target      how the documents were chosen (ids, query, filters)
 * @param selection   the query that was run, in Lucene's notation (for reproducing the selection)
 * @param reason      the rejection reason, or null
 * @param matched     documents the selection matched
 * @param changed     documents the action changed (the others already were as asked)
 * @param documents   ids of the changed documents
 */
public record CurationRecord(String action, String at, String by, long durationMs, boolean dryRun,
                             CurationTarget target, String selection, String reason, List<String> tagsAdded,
                             List<String> tagsRemoved, Map<String, String> metaSet, List<String> metaUnset,
                             long matched, long changed, List<String> documents) {
    /** The kind of its file in {@code runs/}: {@code curate-reject} and so on. */
    public String kind() {
        return "curate-" + action;
    }
}
