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
                           List<StageReport> stages, Marks marks) {

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
        public Marks {
            documents = List.copyOf(documents);
        }
    }

    /** Counts of one stage. */
    public record StageReport(String stage, long seen, long kept, Map<String, Long> dropped, long millis) {
    }

    public long documents() {
        return added + updated + unchanged;
    }
}
