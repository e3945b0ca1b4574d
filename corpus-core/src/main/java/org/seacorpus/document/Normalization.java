package org.seacorpus.document;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit of normalisation: which rules changed the text and how often, and the text as it was.
 *
 * @param original the text before normalisation, or {@code null} when nothing changed
 * @param rules    rule name to number of changes it made (only rules that fired), sorted by name
 */
public record Normalization(String original, Map<String, Integer> rules) {
    public static final Normalization NONE = new Normalization(null, Map.of());

    public Normalization {
        rules = rules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    public boolean changed() {
        return original != null;
    }
}
