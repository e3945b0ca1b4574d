package org.seacorpus.lang.th;

import java.util.List;
import java.util.Optional;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LegacyEncoding;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;

/**
 * Thai ({@code th}): the Thai block is its own, and lines holding it get the mark repairs of {@link ThaiMarkRules}.
 * Files in the Thai code page are recognised by {@link ThaiLegacyBytes}. Words by ICU's dictionary and this
 * package's word list; the script decides the language.
 */
public final class ThaiModule implements LanguageModule {
    /** Used by {@link java.util.ServiceLoader}. */
    public ThaiModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("th");
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return List.of(CodeRange.of(0x0E00, 0x0E7F));
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return ThaiMarkRules.all();
    }

    @Override
    public Optional<LegacyEncoding.Detection> detectLegacyEncoding(byte[] bytes) {
        return ThaiLegacyBytes.detect(bytes);
    }
}
