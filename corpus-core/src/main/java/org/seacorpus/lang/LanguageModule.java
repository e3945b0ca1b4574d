package org.seacorpus.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.SyllableSplitter;

/**
 * Everything the toolkit knows about one language, or one family of languages sharing a script or a set of rules, that
 * a profile cannot say as data: its normalisation rules, the characters they are for, the letters it writes without
 * spaces between words, its syllable splitter, its identification hints, its legacy encodings and its stemmer. One
 * implementation per package under {@code lang/}
 * ({@code lang/th}, {@code lang/my}, …), found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.seacorpus.lang.LanguageModule}. The central classes (the script-aware normaliser, the
 * segmenters, the language identifier, the index analyzers) loop over the modules and never name a language. How to
 * add one: {@code docs/adding-a-language.md}.
 *
 * <p>Ownership: a module owns the languages it lists, and each of them has exactly one profile,
 * {@code org/seacorpus/lang/profiles/<code>.yaml}, read through the module's class loader; its word lists and
 * stopwords live beside the package, under {@code org/seacorpus/lang/<code>/}. Every method but
 * {@link #languages()} has a default that adds nothing, so a language that the profile describes fully (Tamil,
 * Tagalog…) writes one method. Modules run in the order of the services file (a plugin's after the built-in
 * ones).
 *
 * <p>Contract: implementations are immutable and thread-safe, have a public no-argument constructor, and do
 * not call {@link LanguageProfiles} or {@link LanguageModules} while being built (the profiles are built from
 * the modules). Everything a method returns is a pure function of its arguments.
 */
public interface LanguageModule {
    /** The codes of the languages this module owns, its main language first (e.g. {@code [th]}, {@code [id, ms]}). */
    List<String> languages();

    /**
     * The characters the main language's normalisation rules are for. A line holding one of them gets the rules
     * that the main language's profile names in {@code normalizers} (if {@link #claimsLine} agrees); lines without
     * any are never given them. Empty (the default): the rules run only when the user forces the language.
     */
    default List<CodeRange> scriptRanges() {
        return List.of();
    }

    /**
     * The letters of a script this module's languages write without spaces between words, when they do (Thai,
     * Lao, Khmer, Burmese). Inside a word the segmenter cuts where a digit meets one of them, since ICU's word
     * rules keep {@code ปี2500} whole; it does so in every language's text, since the digit
     * edge is a fact of the script. Usually a part of {@link #scriptRanges()}. Empty (the default): the module's
     * script is spaced, or it has none of its own.
     */
    default List<CodeRange> unspacedScript() {
        return List.of();
    }

    /**
     * True when a line that holds characters of {@link #scriptRanges()} is text of this module's main language.
     * The default (every such line) suits a script of one's own; a language sharing its script says which lines
     * are its own (Vietnamese: lines that read as Vietnamese syllables). Called with the line as the earlier
     * modules' rules left it.
     */
    default boolean claimsLine(CharSequence line) {
        return true;
    }

    /**
     * The normalisation rules this module contributes, configured by {@code options} (a module reads its own keys
     * with {@link NormalizerOptions#setting}). Names must be unique across all modules; a profile switches a rule
     * on by naming it in its {@code normalizers} list.
     *
     * @throws IllegalArgumentException naming the setting when one of the module's settings is invalid
     */
    default List<NormalizationRule> rules(NormalizerOptions options) {
        return List.of();
    }

    /**
     * Repairs that every text gets before its language is known, right after the generic mojibake repair: text
     * of this language damaged on its way in (legacy font encodings read as windows-1252). They must leave text
     * that is not of this language alone.
     */
    default List<NormalizationRule> encodingRepairs() {
        return List.of();
    }

    /**
     * The bytes of a plain-text file recognised as this language in a legacy 8-bit encoding that general charset
     * detectors get wrong (Thai windows-874, Vietnamese windows-1258, TCVN3 and VNI); empty when they are not.
     * Asked in module order, after byte-order marks and strict UTF-8, before ICU's statistical detector.
     */
    default Optional<LegacyEncoding.Detection> detectLegacyEncoding(byte[] bytes) {
        return Optional.empty();
    }

    /** The syllable splitters this module provides, by the name a profile gives in {@code segmentation.syllables}. */
    default Map<String, SyllableSplitter> syllableSplitters() {
        return Map.of();
    }

    /**
     * The language of a piece of text written in one script, when this module decides it: the Myanmar module
     * tells Burmese from Shan, the Chinese module tells Simplified from Traditional Han, the Vietnamese module
     * claims Latin text by its letters. Empty leaves the decision to the next module, then to the n-gram model
     * (Latin) or to the profile that owns the script. Asked only when the language model has no say of its own.
     *
     * @param text   the text, all of it in {@code script}
     * @param script its ISO 15924 code ({@code Latn}, {@code Mymr}, {@code Hani}…)
     */
    default Optional<LanguageGuess> identify(CharSequence text, String script) {
        return Optional.empty();
    }

    /** Marker words that tell two of this module's languages apart when the model finds them close (id, ms). */
    default Optional<MarkerWords> markerWords() {
        return Optional.empty();
    }

    /**
     * The stemmer of the {@code stem} search sub-field of {@code lang}, wrapped around the field's words; empty
     * when the language has none (a profile that asks for the sub-field then fails to load).
     */
    default Optional<UnaryOperator<TokenStream>> stemmer(String lang) {
        return Optional.empty();
    }
}
