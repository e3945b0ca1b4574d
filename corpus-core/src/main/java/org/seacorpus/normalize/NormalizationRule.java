package org.seacorpus.normalize;

import java.util.function.IntPredicate;

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

    /**
     * {@link #leavesAlone(String)} of the line {@code text[from, to)}. A rule whose look can work on a range says
     * so ({@link #looksAtRanges}) and answers without a copy of the line; the default copies it.
     */
    default boolean leavesAlone(String text, int from, int to) {
        return leavesAlone(from == 0 && to == text.length() ? text : text.substring(from, to));
    }

    /** True when {@link #leavesAlone(String, int, int)} answers without copying the range (the default does not). */
    default boolean looksAtRanges() {
        return false;
    }

    /**
     * The characters without which this rule certainly leaves a text alone (an encoding repair that only ever
     * acts on text holding Latin-1 letters says so), or null when it cannot say, the default. The normaliser's
     * one-pass look asks {@link #leavesAlone} only of text that holds one of them, so text without any costs this
     * rule nothing. Must be a pure function of the character.
     */
    default IntPredicate triggers() {
        return null;
    }
}
