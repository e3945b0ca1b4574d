package org.seacorpus.document;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What dedupe and curation decide about a stored document, apart from its content: status, tags, the duplicate
 * cluster, the rejection and the curator's metadata edits. Marks are updated in place in the index (doc-values
 * updates, no re-indexing) and survive every re-import whose text is unchanged (docs/dedupe.md, "Marks").
 *
 * @param status    ok, duplicate or rejected
 * @param tags      user tags, sorted
 * @param duplicate the duplicate cluster, or null
 * @param rejection why the document was rejected, or null
 * @param metaEdits metadata the curator set or removed ({@link MetaEdits#NONE} when none)
 */
public record Marks(Status status, Set<String> tags, DuplicateMark duplicate, Rejection rejection,
                    MetaEdits metaEdits) {
    public static final Marks NONE = new Marks(Status.OK, Set.of(), null, null, MetaEdits.NONE);

    public Marks {
        Objects.requireNonNull(status, "status");
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(tags));
        metaEdits = metaEdits == null ? MetaEdits.NONE : metaEdits;
    }

    public Marks withStatus(Status newStatus) {
        return new Marks(newStatus, tags, duplicate, rejection, metaEdits);
    }

    public Marks withTags(Set<String> newTags) {
        return new Marks(status, newTags, duplicate, rejection, metaEdits);
    }

    public Marks withDuplicate(DuplicateMark newDuplicate) {
        return new Marks(status, tags, newDuplicate, rejection, metaEdits);
    }

    public Marks withRejection(Rejection newRejection) {
        return new Marks(status, tags, duplicate, newRejection, metaEdits);
    }

    public Marks withMetaEdits(MetaEdits newEdits) {
        return new Marks(status, tags, duplicate, rejection, newEdits);
    }

    /** True when a curator acted on the document: tags, a rejection or metadata edits. */
    public boolean curated() {
        return !tags.isEmpty() || rejection != null || status == Status.REJECTED || !metaEdits.isEmpty();
    }

    /** True when dedupe marked the document (a cluster, or status duplicate). */
    public boolean deduplicated() {
        return duplicate != null || status == Status.DUPLICATE;
    }

    /** The marks without what dedupe decided: no cluster, and a duplicate is ok again (rejected stays). */
    public Marks withoutDuplicate() {
        return new Marks(status == Status.DUPLICATE ? Status.OK : status, tags, null, rejection, metaEdits);
    }
}
