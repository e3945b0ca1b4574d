package org.seacorpus.lang.my;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageGuess;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.SyllableSplitter;

/**
 * Burmese ({@code my}), and the Myanmar script it shares with Shan, Mon and the Karen languages:
 * <ul>
 *   <li>normalisation: lines holding the Myanmar block or Myanmar Extended-A/B get the Burmese rules of
 *       {@link MyanmarNormalizer} (which leave Shan, Mon and Karen lines alone); Zawgyi is converted above the
 *       probability of the setting {@value #ZAWGYI_THRESHOLD} (default {@value #DEFAULT_ZAWGYI_THRESHOLD},
 *       myanmar-tools' advice for high confidence);</li>
 *   <li>syllables: {@link MyanmarSyllables}, the splitter named {@value #SYLLABLES} in profiles (Burmese and
 *       Shan);</li>
 *   <li>identification: text in Myanmar script is Burmese, Shan or neither by its letters
 *       ({@link MyanmarScriptIdentifier}).</li>
 * </ul>
 */
public final class MyanmarModule implements LanguageModule {
    /** The name of the Myanmar syllable splitter in profiles. */
    public static final String SYLLABLES = "myanmar";
    /** The normaliser setting for the Zawgyi probability above which a paragraph is converted. */
    public static final String ZAWGYI_THRESHOLD = "zawgyi_threshold";
    /** myanmar-tools' advice: above 0.95 a text is Zawgyi with high confidence. */
    public static final double DEFAULT_ZAWGYI_THRESHOLD = 0.95;

    private final MyanmarScriptIdentifier identifier = new MyanmarScriptIdentifier();

    /** Used by {@link java.util.ServiceLoader}. */
    public MyanmarModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("my");
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return List.of(CodeRange.of(0x1000, 0x109F), CodeRange.of(0xA9E0, 0xA9FF), CodeRange.of(0xAA60, 0xAA7F));
    }

    /**
     * Burmese and Shan are written without spaces between words: the main Myanmar block. The Extended-A and -B
     * letters (U+AA60–U+AA7F, U+A9E0–U+A9FF) are not declared: digits were never cut from them, and declaring them
     * would change the words of text that holds them.
     */
    @Override
    public List<CodeRange> unspacedScript() {
        return List.of(CodeRange.of(0x1000, 0x109F));
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return MyanmarNormalizer.all(zawgyiThreshold(options));
    }

    @Override
    public Map<String, SyllableSplitter> syllableSplitters() {
        return Map.of(SYLLABLES, MyanmarSyllables::split);
    }

    @Override
    public Optional<LanguageGuess> identify(CharSequence text, String script) {
        if (!"Mymr".equals(script)) {
            return Optional.empty();
        }
        MyanmarScriptIdentifier.Verdict verdict = identifier.identify(text);
        return Optional.of(new LanguageGuess(verdict.lang(), script, verdict.score()));
    }

    /**
     * The Zawgyi threshold the options ask for.
     *
     * @throws IllegalArgumentException when it is not a number between 0.5 and 1 (exclusive)
     */
    public static double zawgyiThreshold(NormalizerOptions options) {
        String value = options.setting(ZAWGYI_THRESHOLD, null);
        double threshold;
        try {
            threshold = value == null ? DEFAULT_ZAWGYI_THRESHOLD : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ZAWGYI_THRESHOLD + " must be a number, not '" + value + "'", e);
        }
        if (!(threshold > 0.5 && threshold < 1.0)) {
            throw new IllegalArgumentException("Zawgyi threshold must lie between 0.5 and 1 (exclusive), not "
                    + threshold);
        }
        return threshold;
    }
}
