package org.seacorpus.normalize;

import java.util.Map;
import java.util.TreeMap;

/** Counts of changes per rule for one text. Not thread-safe: one instance per text being normalised. */
public final class RuleCounts {
    private final Map<String, Integer> counts = new TreeMap<>();

    public void add(String rule, int changes) {
        if (changes > 0) {
            counts.merge(rule, changes, Integer::sum);
        }
    }

    /** Adds every count of {@code other} (changes counted apart, for a line, and kept for later). */
    public void addAll(RuleCounts other) {
        other.counts.forEach(this::add);
    }

    public Map<String, Integer> asMap() {
        return Map.copyOf(counts);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
