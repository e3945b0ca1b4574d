package org.seacorpus.normalize;

/**
 * One normalisation rule: a pure function over text that counts its own changes. Rules are small and do one
 * thing (strip controls, compose Thai sara am, reorder a Khmer syllable…); a {@link Normalizer} runs them in order.
 *
 * <p>Contract: idempotent ({@code apply(apply(t)) == apply(t)}), returns the same instance when nothing changed,
 * and never drops a letter except the invisible characters its javadoc names.
 */
public interface NormalizationRule {
    /** Stable name used in the audit ({@code normalization} field) and in {@code --explain}. */
    String name();

    /**
     * Rewrites the text; adds the number of changes it made to {@code counts} under {@link #name()} (a rule with
     * variants may count under {@code name() + ":" + variant}, e.g. {@code vietnamese-font:x-viet-tcvn3}).
     */
    String apply(String text, RuleCounts counts);

    /**
     * True when {@link #apply} would certainly return {@code text} as it is, decided cheaply (one look over the
     * characters, no result built): the normaliser's fast path returns text that every rule leaves alone without
     * running them. False when unsure, the default: a rule that does not know stays on the slow path.
     */
    default boolean leavesAlone(String text) {
        return false;
    }
}
