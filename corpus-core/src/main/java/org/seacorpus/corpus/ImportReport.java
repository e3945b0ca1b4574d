package org.seacorpus.corpus;

import java.util.List;
import java.util.Map;

import org.seacorpus.ingest.ImportFailure;

/**
 * The result of an import, printed by {@code corpus import --json} and kept in {@code runs/}.
 * The names {@code added}, {@code updated}, {@code unchanged}, {@code failed} and {@code by_language} are a
 * contract (DESIGN §5). The counts are what the index holds afterwards: a document is counted once, a row that
 * repeats an id already imported in the run is a {@code duplicate_id} failure, not a second {@code added}.
 *
 * @param skipped paths not read on purpose, with the reason: symbolic links leading out of the paths given
 */
public record ImportReport(String job, String startedAt, long durationMs, long inputs, long added, long updated,
                           long unchanged, List<ImportFailure> failed, Map<String, Long> byLanguage,
                           List<StageReport> stages, List<Skipped> skipped) {

    public ImportReport {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** Without skipped paths (the form before links were checked). */
    public ImportReport(String job, String startedAt, long durationMs, long inputs, long added, long updated,
                        long unchanged, List<ImportFailure> failed, Map<String, Long> byLanguage,
                        List<StageReport> stages) {
        this(job, startedAt, durationMs, inputs, added, updated, unchanged, failed, byLanguage, stages, List.of());
    }

    /** Counts of one stage. */
    public record StageReport(String stage, long seen, long kept, Map<String, Long> dropped, long millis) {
    }

    /** A path the walk did not follow, and why (the link's target is in the reason). */
    public record Skipped(String path, String reason) {
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
