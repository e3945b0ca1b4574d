package org.seacorpus.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Every normalisation rule by name: the generic rules and those the language packages provide through
 * {@link NormalizationRuleProvider}. Language profiles name rules from here in their {@code normalizers} list.
 * Immutable and thread-safe once built.
 */
public final class RuleCatalog {
    private final Map<String, NormalizationRule> byName;

    private RuleCatalog(Map<String, NormalizationRule> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The generic rules plus those of every provider on the class path, configured by {@code options}. */
    public static RuleCatalog load(NormalizerOptions options) {
        Map<String, NormalizationRule> rules = new LinkedHashMap<>();
        GenericRules.all().forEach(rule -> add(rules, rule, "generic rules"));
        ServiceLoader<NormalizationRuleProvider> providers = ServiceLoader.load(NormalizationRuleProvider.class,
                NormalizationRuleProvider.class.getClassLoader());
        for (NormalizationRuleProvider provider : providers) {
            provider.rules(options).forEach(rule -> add(rules, rule, provider.getClass().getName()));
        }
        return new RuleCatalog(rules);
    }

    private static void add(Map<String, NormalizationRule> rules, NormalizationRule rule, String from) {
        NormalizationRule earlier = rules.putIfAbsent(rule.name(), rule);
        if (earlier != null) {
            throw new IllegalStateException("two normalisation rules are named '" + rule.name() + "' (the second from "
                    + from + "): rename one of them");
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
