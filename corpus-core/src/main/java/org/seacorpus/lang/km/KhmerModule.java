package org.seacorpus.lang.km;

import java.util.List;
import java.util.Map;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.SyllableSplitter;

/**
 * Khmer ({@code km}): the Khmer block and Khmer Symbols are its own; lines holding them get the repairs of
 * {@link KhmerRules}. Its words fall into orthographic syllables by {@link KhmerSyllables}, the splitter named
 * {@value #SYLLABLES} in profiles (for the {@code syllables} search field and syllable mode).
 */
public final class KhmerModule implements LanguageModule {
    /** The name of the Khmer syllable splitter in profiles. */
    public static final String SYLLABLES = "khmer";

    /** Used by {@link java.util.ServiceLoader}. */
    public KhmerModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("km");
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return List.of(CodeRange.of(0x1780, 0x17FF), CodeRange.of(0x19E0, 0x19FF));
    }

    /** Khmer is written without spaces: the Khmer block (the lunar-date symbols of U+19E0–U+19FF are no letters). */
    @Override
    public List<CodeRange> unspacedScript() {
        return List.of(CodeRange.of(0x1780, 0x17FF));
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return KhmerRules.all();
    }

    @Override
    public Map<String, SyllableSplitter> syllableSplitters() {
        return Map.of(SYLLABLES, KhmerSyllables::split, "khmer-clusters", KhmerSyllables::clusters);
    }
}
