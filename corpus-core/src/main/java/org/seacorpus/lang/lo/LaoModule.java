package org.seacorpus.lang.lo;

import java.util.List;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;

/**
 * Lao ({@code lo}): the Lao block is its own, and lines holding it get the mark repairs of {@link LaoMarkRules}.
 * Words by ICU's dictionary and this package's word list; the script decides the language.
 */
public final class LaoModule implements LanguageModule {
    /** Used by {@link java.util.ServiceLoader}. */
    public LaoModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("lo");
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return List.of(CodeRange.of(0x0E80, 0x0EFF));
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return LaoMarkRules.all();
    }
}
