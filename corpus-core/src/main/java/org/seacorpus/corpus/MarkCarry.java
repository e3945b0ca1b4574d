package org.seacorpus.corpus;

import java.util.Set;
import java.util.TreeSet;

import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.Marks;

/**
 * Carries the marks of a stored document onto its re-imported version (#14: a re-import must never wipe curation).
 * <ul>
 *   <li>Tags: the stored ones and the import's {@code --tag}s.</li>
 *   <li>Rejection (status, reason, previous status) and the curator's metadata edits: always kept; the edits are
 *       applied again on top of the metadata the source gives now.</li>
 *   <li>Dedupe marks (cluster, duplicate_of, cluster size, status duplicate): kept when the normalised text is
 *       unchanged; dropped when it changed, so that the next dedupe decides the new text (the import report counts
 *       and lists these documents).</li>
 *   <li>The first import (for {@code --keep first}) never changes.</li>
 * </ul>
 *
 * @param document      the re-imported document with its marks
 * @param kept          true when it had marks and they were carried
 * @param dedupeDropped true when its text changed and its dedupe marks were dropped
 */
record MarkCarry(Document document, boolean kept, boolean dedupeDropped) {

    /** The stored marks with the import's tags added. */
    static Marks withImportTags(Marks marks, Set<String> importTags) {
        if (marks.tags().containsAll(importTags)) {
            return marks;
        }
        Set<String> tags = new TreeSet<>(marks.tags());
        tags.addAll(importTags);
        return marks.withTags(tags);
    }

    static MarkCarry onto(Document processed, CorpusStore.Existing existing) {
        Marks old = existing.marks();
        Marks marks = withImportTags(old, processed.tags());
        boolean sameText = DocumentId.contentHash(processed.text()).equals(existing.contentHash());
        boolean dropped = !sameText && old.deduplicated();
        if (dropped) {
            marks = marks.withoutDuplicate();
        }
        Document out = processed;
        if (!old.metaEdits().isEmpty()) {
            out = new Document(out.id(), out.origin().withMeta(old.metaEdits().applyTo(out.origin().meta())),
                    out.text(), out.normalization(), out.language(), out.counts(), out.tags(), out.status(),
                    out.annotations());
        }
        out = out.withMarks(marks).with(existing.firstImport());
        boolean kept = old.curated() || (old.deduplicated() && !dropped);
        return new MarkCarry(out, kept, dropped);
    }
}
