package org.seacorpus.lang.th;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LegacyEncoding;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.AbugidaClusters;
import org.seacorpus.segment.SyllableSplitter;

/**
 * Thai ({@code th}): the Thai block is its own, and lines holding it get the mark repairs of {@link ThaiMarkRules}.
 * Files in the Thai code page are recognised by {@link ThaiLegacyBytes}. Words by ICU's dictionary and this
 * package's lexicon and word list, over Thai character clusters; the script decides the language.
 */
public final class ThaiModule implements LanguageModule {
    /** Leading vowels เ แ โ ใ ไ; following vowels ะ า ำ ๅ and the abbreviation mark ฯ; the cancellation mark ์. */
    static final AbugidaClusters CLUSTERS = new AbugidaClusters("เแโใไ", "ะาำๅฯ", '\u0E4C', '\u0E31', 'ว',
            "\u0E35\u0E37", "ยอ");

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

    /** Thai is written without spaces: its whole block (ICU keeps ปี2500 one word). */
    @Override
    public List<CodeRange> unspacedScript() {
        return scriptRanges();
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return ThaiMarkRules.all();
    }

    /** Thai character clusters, the units of the lexicon segmentation ({@code clusters: thai-clusters}). */
    @Override
    public Map<String, SyllableSplitter> syllableSplitters() {
        return Map.of("thai-clusters", CLUSTERS);
    }

    @Override
    public Optional<LegacyEncoding.Detection> detectLegacyEncoding(byte[] bytes) {
        return ThaiLegacyBytes.detect(bytes);
    }
}
