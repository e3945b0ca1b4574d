package org.seacorpus.dedupe;

import java.util.Locale;

/**
 * How a near-duplicate candidate pair is decided. A 256-component signature estimates Jaccard similarity with a
 * standard error of about 0.03 near the threshold, so a pair just above it can be estimated just below. The
 * default re-checks exactly those pairs: within three standard errors of the threshold, the exact Jaccard
 * similarity of the two shingle sets (from the stored texts) decides.
 */
public enum Verification {
    /** The estimate alone decides (fastest, noisiest near the threshold). */
    SIGNATURE,
    /** Clear estimates decide; estimates within three standard errors of the threshold get the exact Jaccard. */
    BORDERLINE,
    /** The exact Jaccard decides every pair whose estimate is not clearly below the threshold (slowest). */
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
