package org.seacorpus.lang.vi;

import java.util.List;

import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizationRuleProvider;
import org.seacorpus.normalize.NormalizerOptions;

/**
 * The Vietnamese rules, switched on by the Vietnamese profile: {@code vietnamese-tone}
 * ({@link VietnameseToneRule}) in the style the options give. NFC (which composes the combining tones of
 * windows-1258 and of NFD text) and the repair of text in the legacy font encodings are generic rules that every
 * text gets, since the language is often not known before they have run.
 */
public final class VietnameseRules implements NormalizationRuleProvider {
    /** Used by {@link java.util.ServiceLoader}. */
    public VietnameseRules() {
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return List.of(new VietnameseToneRule(options.toneStyle()));
    }
}
