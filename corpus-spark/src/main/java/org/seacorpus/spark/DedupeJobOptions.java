package org.seacorpus.spark;

import java.io.Serializable;

import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.KeepPolicy;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.dedupe.Verification;

/**
 * What the {@code dedupe} job does: the choices of {@code corpus dedupe} (kinds, threshold, keep policy,
 * verification, boilerplate line threshold), an input and an output folder.
 *
 * @param in        a prepare (or earlier dedupe) output folder
 * @param out       the output folder (written whole or not at all)
 * @param exact     join documents equal after folding
 * @param near      join near-duplicates (MinHash LSH, verified at the threshold)
 * @param lines     count boilerplate lines (for the report and export's --drop-boilerplate)
 * @param threshold Jaccard similarity at or above which two documents are near-duplicates
 * @param keep      which member of a cluster stays ok
 * @param verify    how candidate pairs are decided
 * @param minDocs   a boilerplate line occurs in at least this many non-duplicate documents
 * @param minShare  … and in at least this share of them
 * @param examples  clusters shown in the report
 * @param overwrite replace an earlier output in {@code out}
 */
public record DedupeJobOptions(String in, String out, boolean exact, boolean near, boolean lines, double threshold,
                               String keep, String verify, int minDocs, double minShare, int examples,
                               boolean overwrite) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DedupeJobOptions {
        if (in == null || out == null) {
            throw new IllegalArgumentException("dedupe needs an input folder and an output folder (--out)");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("--threshold must be above 0 and at most 1, not " + threshold);
        }
        keep = KeepPolicy.parse(keep == null ? "first" : keep).value();
        verify = Verification.parse(verify == null ? "borderline" : verify).value();
        new LineThreshold(minDocs, minShare); // checks them
    }

    /** The defaults of {@code corpus dedupe}. */
    public static DedupeJobOptions of(String in, String out) {
        DedupeOptions d = DedupeOptions.DEFAULTS;
        return new DedupeJobOptions(in, out, d.exact(), d.near(), d.lines(), d.threshold(), d.keep().value(),
                d.verification().value(), d.lineThreshold().minDocs(), d.lineThreshold().minShare(), d.examples(),
                false);
    }

    public DedupeJobOptions withOverwrite(boolean value) {
        return new DedupeJobOptions(in, out, exact, near, lines, threshold, keep, verify, minDocs, minShare, examples,
                value);
    }

    KeepPolicy keepPolicy() {
        return KeepPolicy.parse(keep);
    }

    Verification verification() {
        return Verification.parse(verify);
    }

    LineThreshold lineThreshold() {
        return new LineThreshold(minDocs, minShare);
    }
}
