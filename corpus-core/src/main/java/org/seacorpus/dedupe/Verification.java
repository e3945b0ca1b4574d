package org.seacorpus.dedupe;

import java.util.Locale;

/**
 * How a near-duplicate candidate pair is decided. A 256-component signature estimates Jaccard similarity with a
 * standard error of about 0.03 near the threshold, so a pair just above it can be estimated just below, and one
 * just below, above. The exact Jaccard similarity of the two shingle sets settles it: the sets are kept in the
 * index as 32-bit hashes ({@code shingle_set}), so an exact check costs about a microsecond, and the default
 * ({@link #JACCARD}) checks every candidate that is not clearly below the threshold. Documents stored before the
 * sets were kept have their sets recomputed from the stored text (slower).
 */
public enum Verification {
    /** The estimate alone decides (fastest, noisiest near the threshold). */
    SIGNATURE,
    /** Clear estimates decide; estimates within three standard errors of the threshold get the exact Jaccard. */
    BORDERLINE,
    /** The exact Jaccard decides every pair whose estimate is not clearly below the threshold (the default). */
    JACCARD;

    public static Verification parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown verification '" + value
                    + "'; use signature, borderline or jaccard", e);
        }
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
