package org.seacorpus.dedupe;

/**
 * When a line counts as boilerplate: it occurs in at least {@code minDocs} documents, and in at least
 * {@code minShare} of the documents counted (0 to ignore the share). Only documents that are not duplicates
 * count, so a copied article does not turn its own sentences into boilerplate.
 *
 * @param minDocs  fewest documents (at least 2)
 * @param minShare smallest fraction of the counted documents, 0 to 1
 */
public record LineThreshold(int minDocs, double minShare) {
    /** Three documents: the hard case of three pages of one site already shows its header and footer. */
    public static final LineThreshold DEFAULT = new LineThreshold(3, 0);

    public LineThreshold {
        if (minDocs < 2) {
            throw new IllegalArgumentException("a boilerplate line must occur in at least 2 documents, not "
                    + minDocs);
        }
        if (minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("boilerplate share must be between 0 and 1, not " + minShare);
        }
    }

    /** The document count a line needs in a corpus of {@code counted} documents. */
    public long requiredDocs(long counted) {
        return Math.max(minDocs, (long) Math.ceil(minShare * counted));
    }
}
