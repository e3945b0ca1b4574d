package org.seacorpus.lang.identify;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua (Stahl, {@code com.github.pemistahl:lingua}) restricted to the Latin-script languages it shares with us:
 * those whose profile names their Lingua language ({@code lingua:}; Indonesian, Malay, Tagalog, English and
 * Vietnamese). Restricting it keeps its models at about 85–130 MB of heap
 * instead of 1.5 GB for all 75 languages; they are loaded once per JVM, on first use, by a holder class.
 *
 * <p>Lingua's confidence values are relative: the best language gets 1.0 and each other one the ratio of the best
 * summed log-probability to its own, so values near 1 mean a near tie. Thread-safe.
 */
final class LinguaScorer {
    private static final Map<Language, String> CODES = codes(LanguageProfiles.builtIn());

    /** The language codes Lingua can tell apart here. */
    static final Set<String> LANGUAGES = Set.copyOf(CODES.values());

    private LinguaScorer() {
    }

    /** Lingua's language of each profile that names one. */
    static Map<Language, String> codes(LanguageProfiles profiles) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (LanguageProfile profile : profiles.all()) {
            if (profile.lingua() == null) {
                continue;
            }
            try {
                out.put(Language.valueOf(profile.lingua()), profile.code());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("language profile " + profile.code() + ".yaml names the Lingua "
                        + "language '" + profile.lingua() + "', which Lingua does not know; use one of "
                        + Arrays.toString(Language.values()), e);
            }
        }
        return out;
    }

    /** Loads the detector the first time it is needed; class initialisation makes this thread-safe. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(CODES.keySet().toArray(Language[]::new))
                .withPreloadedLanguageModels()
                .build();
        /**
         * Detectors restricted to the languages of one contest (most often Indonesian and Malay alone), built on
         * first use. Lingua scores each language on its own (its models are shared between detectors), so the
         * ratio of two languages' confidences is the same whichever others are asked, at a fraction of the cost:
         * about half for the id/ms pair.
         */
        static final Map<Set<String>, LanguageDetector> SUBSETS = new ConcurrentHashMap<>();
    }

    /** Relative confidence per language code, best first (best = 1.0); empty when Lingua cannot tell. */
    static Map<String, Double> relativeConfidence(CharSequence text) {
        return collect(Holder.DETECTOR, text);
    }

    /**
     * The same among {@code codes} only (codes Lingua does not know here are ignored): what a contest between
     * those languages needs, without paying for the others.
     */
    static Map<String, Double> relativeConfidence(CharSequence text, Set<String> codes) {
        LanguageDetector detector = Holder.SUBSETS.computeIfAbsent(Set.copyOf(codes), subset -> {
            Language[] languages = CODES.entrySet().stream().filter(e -> subset.contains(e.getValue()))
                    .map(Map.Entry::getKey).toArray(Language[]::new);
            return languages.length == CODES.size() || languages.length < 2 ? Holder.DETECTOR
                    : LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
        });
        return collect(detector, text);
    }

    private static Map<String, Double> collect(LanguageDetector detector, CharSequence text) {
        Map<String, Double> out = new LinkedHashMap<>();
        detector.computeLanguageConfidenceValues(text.toString()).forEach((language, value) -> {
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
