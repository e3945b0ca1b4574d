package org.seacorpus.curate;

import java.util.List;
import java.util.Map;

/**
 * One run in the audit trail ({@code runs/}): an import, an export, a dedupe, a curation action….
 *
 * @param file      the report's file name in {@code runs/}
 * @param kind      what ran, from the file name ({@code import}, {@code curate-reject}, …)
 * @param at        when (from the file name, ISO-8601, UTC)
 * @param summary   one line for people
 * @param documents ids of the documents a curation action changed (empty for other runs)
 * @param report    the whole report as written
 */
public record AuditEntry(String file, String kind, String at, String summary, List<String> documents,
                         Map<String, Object> report) {
    public AuditEntry {
        documents = List.copyOf(documents);
    }

    public boolean isCuration() {
        return kind.startsWith("curate-");
    }
}
