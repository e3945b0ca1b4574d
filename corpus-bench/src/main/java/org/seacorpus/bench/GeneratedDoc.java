package org.seacorpus.bench;

/**
 * One generated document with its ground truth.
 *
 * @param id     {@code g} + a zero-padded running number
 * @param family the family it belongs to: a base and its exact and near copies share one; every hard negative
 *               has a family of its own
 * @param kind   {@code base}; {@code copy} or {@code reformat} (exact duplicates); {@code drop}, {@code replace},
 *               {@code move}, {@code edit} or {@code two-edits} (near-duplicates); {@code hard-negative}
 * @param lang   language code
 * @param base   id of the base document it was made from (its own id for a base)
 * @param text   the text
 */
public record GeneratedDoc(String id, String family, String kind, String lang, String base, String text) {
    /** Kinds that are duplicates of their base. */
    public boolean duplicate() {
        return !kind.equals("base") && !kind.equals("hard-negative");
    }
}
