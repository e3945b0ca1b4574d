package org.seacorpus.dedupe;

/**
 * What a dedupe run does.
 *
 * @param exact         group documents equal after folding case, whitespace and punctuation
 * @param near          group near-duplicates found by MinHash LSH
 * @param lines         find boilerplate lines (reported; documents are not marked for them)
 * @param threshold     estimated Jaccard similarity at or above which two documents are near-duplicates
 * @param keep          which member of a cluster stays ok
 * @param verification  how candidate pairs are decided: by the signature estimate, by the exact Jaccard
 *                      similarity of the shingles when the estimate is near the threshold (the default), or by
 *                      the exact Jaccard always (slower: re-reads and re-segments both texts of a pair)
 * @param lineThreshold when a line is boilerplate
 * @param full          compare every document again instead of only those imported since the last run
 * @param dryRun        report what would change and change nothing
 * @param examples      clusters shown in the report
 */
public record DedupeOptions(boolean exact, boolean near, boolean lines, double threshold, KeepPolicy keep,
                            Verification verification, LineThreshold lineThreshold, boolean full, boolean dryRun,
                            int examples) {
    /** The default near-duplicate threshold; see docs/dedupe.md for how it was chosen. */
    public static final double DEFAULT_THRESHOLD = 0.65;
    public static final DedupeOptions DEFAULTS = new DedupeOptions(true, true, true, DEFAULT_THRESHOLD,
            KeepPolicy.FIRST, Verification.JACCARD, LineThreshold.DEFAULT, false, false, 5);

    public DedupeOptions {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("--threshold must be above 0 and at most 1, not " + threshold);
        }
        keep = keep == null ? KeepPolicy.FIRST : keep;
        verification = verification == null ? Verification.JACCARD : verification;
        lineThreshold = lineThreshold == null ? LineThreshold.DEFAULT : lineThreshold;
        examples = Math.max(0, examples);
    }

    public DedupeOptions withKinds(boolean newExact, boolean newNear, boolean newLines) {
        return new DedupeOptions(newExact, newNear, newLines, threshold, keep, verification, lineThreshold, full,
                dryRun, examples);
    }

    public DedupeOptions withThreshold(double newThreshold) {
        return new DedupeOptions(exact, near, lines, newThreshold, keep, verification, lineThreshold, full,
                dryRun, examples);
    }

    public DedupeOptions withKeep(KeepPolicy newKeep) {
        return new DedupeOptions(exact, near, lines, threshold, newKeep, verification, lineThreshold, full,
                dryRun, examples);
    }

    public DedupeOptions withFull(boolean newFull) {
        return new DedupeOptions(exact, near, lines, threshold, keep, verification, lineThreshold, newFull,
                dryRun, examples);
    }

    public DedupeOptions withDryRun(boolean newDryRun) {
        return new DedupeOptions(exact, near, lines, threshold, keep, verification, lineThreshold, full,
                newDryRun, examples);
    }

    public DedupeOptions withVerification(Verification newVerification) {
        return new DedupeOptions(exact, near, lines, threshold, keep, newVerification, lineThreshold, full, dryRun,
                examples);
    }

    public DedupeOptions withLineThreshold(LineThreshold newThreshold) {
        return new DedupeOptions(exact, near, lines, threshold, keep, verification, newThreshold, full, dryRun,
                examples);
    }

    /**
     * What decides the marks: an incremental run is only valid when this equals the previous run's (otherwise
     * old pairs would have been judged by other rules).
     */
    public String markingKey() {
        return "exact=" + exact + ";near=" + near + ";threshold=" + threshold + ";keep=" + keep.value()
                + ";verify=" + verification.value();
    }
}
