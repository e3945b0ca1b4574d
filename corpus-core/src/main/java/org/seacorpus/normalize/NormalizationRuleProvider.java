package org.seacorpus.normalize;

import java.util.List;

/**
 * Contributes the normalisation rules of one language package ({@code lang/th}, {@code lang/my}, …) to the
 * {@link RuleCatalog}. Found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.seacorpus.normalize.NormalizationRuleProvider}), so this package needs no compile
 * time knowledge of the languages, and adding a language is its profile, its rule classes and one line there.
 * A language profile switches the rules on by naming them in its {@code normalizers} list.
 */
public interface NormalizationRuleProvider {
    /** The rules, configured by {@code options}; their names must be unique across all providers. */
    List<NormalizationRule> rules(NormalizerOptions options);
}
