package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * Segmentation of loose text, for the {@code corpus segment} text tool: the text is normalised as the import
 * normalises it (unless the caller asks for raw text), then cut by the segmenter of the language given, or of
 * the one the text's main script decides (Thai script means Thai; Latin decides nothing and gets the
 * {@code und} segmenter, which still keeps hyphenated words, numbers, URLs and e-mail addresses whole).
 * Thread-safe.
 */
public final class TextSegmentation {
    private final LanguageProfiles profiles;
    private final Segmenters segmenters;
    private final String forcedLang;
    private final TextNormalizerService normalizer;
    private final ScriptDetector scripts = new ScriptDetector();

    /**
     * @param profiles   the languages (the segmenters' profiles)
     * @param segmenters the segmenters
     * @param forcedLang a language code for every text, or null to decide per text by script
     */
    public TextSegmentation(LanguageProfiles profiles, Segmenters segmenters, String forcedLang) {
        this(profiles, segmenters, forcedLang, null);
    }

    /**
     * @param profiles   the languages (the segmenters' profiles)
     * @param segmenters the segmenters
     * @param forcedLang a language code for every text, or null to decide per text by script
     * @param normalizer the normaliser to run first (the import's: Zawgyi to Unicode, Burmese and Thai mark
     *                   order…), or null to segment the text as it is
     */
    public TextSegmentation(LanguageProfiles profiles, Segmenters segmenters, String forcedLang,
                            TextNormalizerService normalizer) {
        if (forcedLang != null) {
            profiles.require(forcedLang);
        }
        this.profiles = profiles;
        this.segmenters = segmenters;
        this.forcedLang = forcedLang;
        this.normalizer = normalizer;
    }

    /**
     * One line as the segmenter sees it: normalised as the import does (Zawgyi converted, marks in canonical
     * order, invisible characters removed), and still one line; the line itself when normalisation is off.
     */
    public String prepare(String line) {
        return normalizer == null ? line : normalizer.line(line).text();
    }

    /** The language a text is segmented as. */
    public String language(String text) {
        if (forcedLang != null) {
            return forcedLang;
        }
        return profiles.ownerOfScript(scripts.detect(text).dominant()).map(LanguageProfile::code)
                .orElse(LanguageInfo.UNDETERMINED);
    }

    /** The words of a text, as written: no punctuation or symbols. */
    public List<String> words(String text, String lang) {
        return segmenters.forLanguage(lang).words(text).stream().map(Token::text).toList();
    }

    /**
     * The tokens of a text, as written: its words and every other character that is not a space, each in exactly
     * one token (punctuation, symbols, emoji), so that the tokens joined align with the text.
     */
    public List<String> tokens(String text, String lang) {
        return segmenters.forLanguage(lang).tokens(text).stream().map(Token::text).toList();
    }

    /** The sentences of a text, each on one line (inner line breaks become spaces). */
    public List<String> sentences(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (int[] s : segmenters.forLanguage(lang).sentences(text)) {
            out.add(text.substring(s[0], s[1]).replaceAll("\\s*\\R\\s*", " "));
        }
        return out;
    }
}
