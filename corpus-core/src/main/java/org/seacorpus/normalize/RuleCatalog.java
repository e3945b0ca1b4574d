package org.seacorpus.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every normalisation rule by name: the generic rules and those the language packages contribute (the language
 * layer gathers them from its modules and builds the catalog). Language profiles name rules from here in their
 * {@code normalizers} list. Immutable and thread-safe once built.
 */
public final class RuleCatalog {
    private final Map<String, NormalizationRule> byName;

    private RuleCatalog(Map<String, NormalizationRule> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects rules, refusing two with one name. Not thread-safe. */
    public static final class Builder {
        private final Map<String, NormalizationRule> rules = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a rule.
         *
         * @param from who contributes it, for the error message (e.g. a module's class name)
         * @throws IllegalStateException when a rule of that name is already there
         */
        public Builder add(NormalizationRule rule, String from) {
            NormalizationRule earlier = rules.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                throw new IllegalStateException("two normalisation rules are named '" + rule.name()
                        + "' (the second from " + from + "): rename one of them");
            }
            return this;
        }

        public RuleCatalog build() {
            return new RuleCatalog(new LinkedHashMap<>(rules));
        }
    }

    /**
     * The rules named, in the order given.
     *
     * @param names rule names, e.g. a profile's {@code normalizers}
     * @param owner what named them, for the error message (e.g. {@code profile th.yaml})
     * @throws IllegalArgumentException naming the unknown rule and the known ones
     */
    public List<NormalizationRule> rules(List<String> names, String owner) {
        List<NormalizationRule> out = new ArrayList<>(names.size());
        for (String name : names) {
            NormalizationRule rule = byName.get(name);
            if (rule == null) {
                throw new IllegalArgumentException(owner + " names the normaliser '" + name
                        + "', which does not exist; known normalisers: "
                        + String.join(", ", new TreeSet<>(byName.keySet())));
            }
            out.add(rule);
        }
        return out;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** All rule names, generic ones first. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
