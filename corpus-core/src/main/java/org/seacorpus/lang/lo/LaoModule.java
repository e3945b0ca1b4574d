package org.seacorpus.lang.lo;

import java.util.List;
import java.util.Map;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.AbugidaClusters;
import org.seacorpus.segment.SyllableSplitter;

/**
 * Lao ({@code lo}): the Lao block is its own, and lines holding it get the mark repairs of {@link LaoMarkRules}.
 * Words by this package's lexicon and word list over Lao character clusters; the script decides the language.
 */
public final class LaoModule implements LanguageModule {
    /** Leading vowels ເ ແ ໂ ໃ ໄ; following vowels ະ າ ຳ, semivowel ຽ, the abbreviation mark ຯ; cancellation ໌. */
    static final AbugidaClusters CLUSTERS = new AbugidaClusters("ເແໂໃໄ", "ະາຳຽຯ", '\u0ECC', '\u0EB1', 'ວ',
            "\u0EB5\u0EB7", "ຍອ");

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

    /** Lao is written without spaces: its whole block. */
    @Override
    public List<CodeRange> unspacedScript() {
        return scriptRanges();
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return LaoMarkRules.all();
    }

    /** Lao character clusters, the units of the lexicon segmentation ({@code clusters: lao-clusters}). */
    @Override
    public Map<String, SyllableSplitter> syllableSplitters() {
        return Map.of("lao-clusters", CLUSTERS);
    }
}
