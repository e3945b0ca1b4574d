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

    /** The report of an import that started at {@code started} and ends now, with each stage's counts. */
    static ImportReport of(java.time.Instant started, long inputs, long added, long updated, long unchanged,
                           List<ImportFailure> failed, Map<String, Long> byLanguage,
                           List<org.seacorpus.stage.StageStats> stats, List<Skipped> skipped) {
        List<StageReport> stages = new java.util.ArrayList<>();
        for (org.seacorpus.stage.StageStats s : stats) {
            Map<String, Long> dropped = new java.util.TreeMap<>();
            s.droppedByReason().forEach((reason, n) -> dropped.put(reason.name().toLowerCase(java.util.Locale.ROOT),
                    n));
            stages.add(new StageReport(s.stage(), s.seen(), s.kept(), dropped, s.millis()));
        }
        return new ImportReport("import", started.toString(),
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), inputs, added, updated,
                unchanged, failed, byLanguage, stages, skipped);
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
