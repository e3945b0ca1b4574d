package org.seacorpus.normalize;

import java.util.List;
import java.util.Map;

/** Runs an ordered list of rules over a text and reports what each changed. Immutable and thread-safe. */
public final class Normalizer implements TextNormalizer {
    /** The normalised text and the changes per rule (only rules that fired). */
    public record Result(String text, Map<String, Integer> rules) {
        public boolean changed() {
            return !rules.isEmpty();
        }
    }

    private final List<NormalizationRule> rules;

    private final boolean looksAtRanges;

    public Normalizer(List<NormalizationRule> rules) {
        this.rules = List.copyOf(rules);
        this.looksAtRanges = this.rules.stream().allMatch(NormalizationRule::looksAtRanges);
    }

    @Override
    public Result normalize(String text) {
        RuleCounts counts = new RuleCounts();
        String out = apply(text, counts, RuleTrace.NONE);
        return new Result(out, counts.asMap());
    }

    /** Runs the rules in order, adding their counts to {@code counts} and reporting each change to {@code trace}. */
    public String apply(String text, RuleCounts counts, RuleTrace trace) {
        String current = text;
        for (NormalizationRule rule : rules) {
            String next = rule.apply(current, counts);
            if (next != current && !next.equals(current)) {
                trace.fired(rule.name(), current, next);
            }
            current = next;
        }
        return current;
    }

    /**
     * {@link #apply}, without running the rules whose cheap look says they leave the current text alone (by their
     * contract they would hand it back as it is): the same result, cheaper where most rules have nothing to do.
     */
    public String applyLooking(String text, RuleCounts counts, RuleTrace trace) {
        String current = text;
        for (NormalizationRule rule : rules) {
            if (rule.leavesAlone(current)) {
                continue;
            }
            String next = rule.apply(current, counts);
            if (next != current && !next.equals(current)) {
                trace.fired(rule.name(), current, next);
            }
            current = next;
        }
        return current;
    }

    /** True when every rule leaves {@code text} alone ({@link NormalizationRule#leavesAlone}). */
    public boolean leavesAlone(String text) {
        for (NormalizationRule rule : rules) {
            if (!rule.leavesAlone(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #leavesAlone(String)} of the line {@code text[from, to)}, without a copy of it when every rule looks
     * at ranges ({@link #looksAtRanges}); otherwise the line is copied once for all of them.
     */
    public boolean leavesAlone(String text, int from, int to) {
        if (!looksAtRanges()) {
            return leavesAlone(from == 0 && to == text.length() ? text : text.substring(from, to));
        }
        for (NormalizationRule rule : rules) {
            if (!rule.leavesAlone(text, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** True when every rule's look works on a range of a text ({@link NormalizationRule#looksAtRanges}). */
    public boolean looksAtRanges() {
        return looksAtRanges;
    }

    /**
     * True when running the rules once hands {@code text} back unchanged: each rule's cheap look
     * ({@link NormalizationRule#leavesAlone}) or, where it cannot tell, the rule itself. Exact, unlike
     * {@link #leavesAlone}, and as costly as {@link #apply} on the rules whose looks say no.
     */
    public boolean handsBack(String text) {
        for (NormalizationRule rule : rules) {
            if (!rule.leavesAlone(text) && !rule.apply(text, new RuleCounts()).equals(text)) {
                return false;
            }
        }
        return true;
    }

    public List<NormalizationRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
