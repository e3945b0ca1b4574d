package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.AuditEntry;

/**
 * The audit trail (runs/), newest first: imports, dedupe runs, exports and every curation action with its
 * reason; optionally curation only, or one kind of run. The same entries as {@code corpus history}.
 */
public record HistoryView(List<AuditEntry> entries, boolean curationOnly, String kind, List<String> kinds) {
    public static HistoryView of(Corpus corpus, boolean curationOnly, String kind) {
        List<AuditEntry> all = corpus.curation().history(null);
        List<String> kinds = all.stream().map(AuditEntry::kind).distinct().sorted().toList();
        List<AuditEntry> kept = new ArrayList<>();
        for (AuditEntry e : all) {
            if ((!curationOnly || e.isCuration()) && (kind == null || e.kind().equals(kind))) {
                kept.add(e);
            }
        }
        Collections.reverse(kept);
        return new HistoryView(kept, curationOnly, kind, kinds);
    }

    /** The ids a curation changed, shortened, for the first few documents. */
    public static List<String> firstDocuments(AuditEntry e) {
        return e.documents().subList(0, Math.min(5, e.documents().size()));
    }
}
