package org.seacorpus.corpus;

import java.util.List;
import java.util.Map;

import org.seacorpus.ingest.ImportFailure;

/**
 * The result of an import, printed by {@code corpus import --json} and kept in {@code runs/}.
 * The names {@code added}, {@code updated}, {@code unchanged}, {@code failed} and {@code by_language} are a
 * contract (DESIGN §5).
 */
public record ImportReport(String job, String startedAt, long durationMs, long inputs, long added, long updated,
                           long unchanged, List<ImportFailure> failed, Map<String, Long> byLanguage,
                           List<StageReport> stages) {

    /** Counts of one stage. */
    public record StageReport(String stage, long seen, long kept, Map<String, Long> dropped, long millis) {
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
