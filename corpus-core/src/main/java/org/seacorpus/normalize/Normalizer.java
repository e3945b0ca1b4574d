package org.seacorpus.normalize;

import java.util.List;
import java.util.Map;

/** Runs an ordered list of rules over a text and reports what each changed. Immutable and thread-safe. */
public final class Normalizer {
    /** The normalised text and the changes per rule (only rules that fired). */
    public record Result(String text, Map<String, Integer> rules) {
        public boolean changed() {
            return !rules.isEmpty();
        }
    }

    private final List<NormalizationRule> rules;

    public Normalizer(List<NormalizationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Result normalize(String text) {
        RuleCounts counts = new RuleCounts();
        String current = text;
        for (NormalizationRule rule : rules) {
            current = rule.apply(current, counts);
        }
        return new Result(current, counts.asMap());
    }

    public List<NormalizationRule> rules() {
        return rules;
    }
}
