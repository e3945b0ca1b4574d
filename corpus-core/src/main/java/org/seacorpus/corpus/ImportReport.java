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

    /** The report of an import that started at {@code started} and ends now, with each stage's counts. */
    static ImportReport of(java.time.Instant started, long inputs, long added, long updated, long unchanged,
                           List<ImportFailure> failed, Map<String, Long> byLanguage,
                           List<org.seacorpus.stage.StageStats> stats) {
        List<StageReport> stages = new java.util.ArrayList<>();
        for (org.seacorpus.stage.StageStats s : stats) {
            Map<String, Long> dropped = new java.util.TreeMap<>();
            s.droppedByReason().forEach((reason, n) -> dropped.put(reason.name().toLowerCase(java.util.Locale.ROOT),
                    n));
            stages.add(new StageReport(s.stage(), s.seen(), s.kept(), dropped, s.millis()));
        }
        List<ImportFailure> sorted = new java.util.ArrayList<>(failed);
        sorted.sort(java.util.Comparator.comparing(ImportFailure::path).thenComparing(ImportFailure::part));
        return new ImportReport("import", started.toString(),
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), inputs, added, updated,
                unchanged, sorted, byLanguage, stages);
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
