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
                           List<StageReport> stages, Marks marks, List<Skipped> skipped) {

    public ImportReport {
        marks = marks == null ? Marks.NONE : marks;
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** Without marks or skipped paths (the form before either was reported). */
    public ImportReport(String job, String startedAt, long durationMs, long inputs, long added, long updated,
                        long unchanged, List<ImportFailure> failed, Map<String, Long> byLanguage,
                        List<StageReport> stages) {
        this(job, startedAt, durationMs, inputs, added, updated, unchanged, failed, byLanguage, stages, null, null);
    }

    /**
     * What happened to the marks (tags, rejections, metadata edits, dedupe clusters) of documents already stored.
     * Marks always survive a re-import whose text is unchanged; when the text changed, the curator's marks are kept
     * and the dedupe marks are dropped, so that the next dedupe decides the new text again.
     *
     * @param tagged          unchanged documents that got new {@code --tag} tags in place (counted as updated)
     * @param kept            updated documents whose marks were carried over
     * @param dedupeRechecked updated documents whose text changed and whose dedupe marks were dropped
     * @param documents       ids of the documents whose dedupe marks were dropped (for {@code corpus history})
     */
    public record Marks(long tagged, long kept, long dedupeRechecked, List<String> documents) {
        public static final Marks NONE = new Marks(0, 0, 0, List.of());

        public Marks {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
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
                           List<org.seacorpus.stage.StageStats> stats, Marks marks, List<Skipped> skipped) {
        List<StageReport> stages = new java.util.ArrayList<>();
        for (org.seacorpus.stage.StageStats s : stats) {
            Map<String, Long> dropped = new java.util.TreeMap<>();
            s.droppedByReason().forEach((reason, n) -> dropped.put(reason.name().toLowerCase(java.util.Locale.ROOT),
                    n));
            stages.add(new StageReport(s.stage(), s.seen(), s.kept(), dropped, s.millis()));
        }
        return new ImportReport("import", started.toString(),
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), inputs, added, updated,
                unchanged, failed, byLanguage, stages, marks, skipped);
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
