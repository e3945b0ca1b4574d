package org.seacorpus.lang.identify;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua (Stahl, {@code com.github.pemistahl:lingua}) restricted to the Latin-script languages it shares with us:
 * Indonesian, Malay, Tagalog, English and Vietnamese. Restricting it keeps its models at about 85–130 MB of heap
 * instead of 1.5 GB for all 75 languages; they are loaded once per JVM, on first use, by a holder class.
 *
 * <p>Lingua's confidence values are relative: the best language gets 1.0 and each other one the ratio of the best
 * summed log-probability to its own, so values near 1 mean a near tie. Thread-safe.
 */
final class LinguaScorer {
    private static final Map<Language, String> CODES = new EnumMap<>(Map.of(
            Language.INDONESIAN, "id",
            Language.MALAY, "ms",
            Language.TAGALOG, "fil",
            Language.ENGLISH, "en",
            Language.VIETNAMESE, "vi"));

    /** The language codes Lingua can tell apart here. */
    static final Set<String> LANGUAGES = Set.copyOf(CODES.values());

    private LinguaScorer() {
    }

    /** Loads the detector the first time it is needed; class initialisation makes this thread-safe. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(CODES.keySet().toArray(Language[]::new))
                .withPreloadedLanguageModels()
                .build();
    }

    /** Relative confidence per language code, best first (best = 1.0); empty when Lingua cannot tell. */
    static Map<String, Double> relativeConfidence(CharSequence text) {
        Map<String, Double> out = new LinkedHashMap<>();
        Holder.DETECTOR.computeLanguageConfidenceValues(text.toString()).forEach((language, value) -> {
            String code = CODES.get(language);
            if (code != null && value > 0) {
                out.put(code, value);
            }
        });
        return out;
    }

    /** Forces the models to load now (for measuring load time, or to warm up a server). */
    static void load() {
        Holder.DETECTOR.computeLanguageConfidenceValues("");
    }
}
