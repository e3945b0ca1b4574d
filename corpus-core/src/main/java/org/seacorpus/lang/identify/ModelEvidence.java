package org.seacorpus.lang.identify;

/**
 * The n-gram model's evidence for one piece of text as {@link LatinIdentifier} summed it: the summed log-likelihood
 * per label and how many known features it had. {@link DocumentIdentifier} keeps it for each Latin part so that the
 * whole-document pass ({@code applyLatinPrior}) can add the parts' sums instead of scanning their text again: when
 * the sums are exact ({@link NgramModel#isExact}), that is the very sum a scan of the joined text gives. Mutable, for
 * one thread.
 */
final class ModelEvidence {
    double[] sums;
    int features;

    boolean isSet() {
        return sums != null;
    }

    /** Adds another piece's evidence (the sums of the pieces joined by line breaks, when exact). */
    void add(ModelEvidence other) {
        if (sums == null) {
            sums = new double[other.sums.length];
        }
        for (int l = 0; l < sums.length; l++) {
            sums[l] += other.sums[l];
        }
        features += other.features;
    }
}
