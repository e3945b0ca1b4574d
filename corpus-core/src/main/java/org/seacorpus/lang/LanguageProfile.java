package org.seacorpus.lang;

import java.util.List;
import java.util.Objects;

import org.seacorpus.segment.SegmentationProfile;

/**
 * Everything the toolkit knows about one language as data, read once from its profile file
 * ({@code org/seacorpus/lang/profiles/<code>.yaml}); what data cannot say (rules, splitters, identification hints)
 * is in the language's {@link LanguageModule}. Stages look things up here instead of switching on codes.
 *
 * @param code         the language code used in the store ({@code th}, {@code zsm} is not used: Malay is {@code ms})
 * @param name         English name
 * @param nativeName   the language's name for itself
 * @param iso639_3     ISO 639-3 code, the first half of the FineWeb-2 style code
 * @param scripts      ISO 15924 codes of the scripts it is written in, the usual one first
 * @param ownsScript   true when a script of its own decides the language (Thai script means Thai)
 * @param wordBreak    how words are found: {@code icu-dictionary} (unspaced scripts: words touch) or {@code icu}
 *                     (words are spaced)
 * @param segmentation how words, syllables and sentences are found, and the extra search fields
 * @param langidThreshold language identification: below this score an answer of this language becomes
 *                     {@code und} (YAML {@code langid_threshold}; default {@value #DEFAULT_LANGID_THRESHOLD})
 * @param normalizers  names of the language's own normalisation rules, in the order they run after the generic
 *                     ones (see docs/normalization.md); empty when the generic rules are all it needs
 * @param quality      sentence punctuation and quality-filter thresholds ({@code quality:} block)
 * @param langidLetterWeight how much one letter of its scripts says in language identification, in Latin letters,
 *                     when a line or document mixes scripts (YAML {@code langid_letter_weight}; empty: 1, as a
 *                     Latin letter); languages sharing a script must agree on it
 */
public record LanguageProfile(String code, String name, String nativeName, String iso639_3, List<String> scripts,
                              boolean ownsScript, String wordBreak, SegmentationProfile segmentation,
                              Double langidThreshold, List<String> normalizers,
                              QualityProfile quality, Double langidLetterWeight) {
    public static final double DEFAULT_LANGID_THRESHOLD = 0.5;

    public LanguageProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(iso639_3, "iso639_3 of " + code);
        scripts = scripts == null ? List.of() : List.copyOf(scripts);
        wordBreak = wordBreak == null ? "icu" : wordBreak;
        segmentation = segmentation == null ? SegmentationProfile.DEFAULT : segmentation;
        langidThreshold = langidThreshold == null ? DEFAULT_LANGID_THRESHOLD : langidThreshold;
        if (langidThreshold < 0 || langidThreshold > 1) {
            throw new IllegalArgumentException("langid_threshold of " + code + " must be in [0, 1], got "
                    + langidThreshold);
        }
        normalizers = normalizers == null ? List.of() : List.copyOf(normalizers);
        quality = quality == null ? QualityProfile.DEFAULT : quality;
        if (langidLetterWeight != null && !(langidLetterWeight > 0 && langidLetterWeight <= 10)) {
            throw new IllegalArgumentException("langid_letter_weight of " + code + " must be above 0 and at most 10,"
                    + " got " + langidLetterWeight);
        }
    }

    /** FineWeb-2 style code, e.g. {@code tha_Thai}; the script is the given one when known, else the usual one. */
    public String datasetCode(String script) {
        String s = script == null || script.isEmpty() || "Zyyy".equals(script) || "Zzzz".equals(script)
                ? (scripts.isEmpty() ? "Zyyy" : scripts.get(0))
                : script;
        return iso639_3 + "_" + s;
    }

    /** True when the language writes words without spaces between them (Thai, Lao, Khmer, Burmese, Chinese). */
    public boolean unspaced() {
        return "icu-dictionary".equals(wordBreak);
    }

    public String usualScript() {
        return scripts.isEmpty() ? "Zyyy" : scripts.get(0);
    }
}
