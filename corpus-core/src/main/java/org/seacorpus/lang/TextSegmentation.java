package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * Segmentation of loose text, for the {@code corpus segment} text tool: the language is the one given, or the
 * one the text's main script decides (Thai script means Thai; Latin decides nothing and gets the
 * {@code und} segmenter, which still keeps hyphenated words, numbers, URLs and e-mail addresses whole).
 * Thread-safe.
 */
public final class TextSegmentation {
    private final LanguageProfiles profiles;
    private final Segmenters segmenters;
    private final String forcedLang;
    private final ScriptDetector scripts = new ScriptDetector();

    /**
     * @param profiles   the languages (the segmenters' profiles)
     * @param segmenters the segmenters
     * @param forcedLang a language code for every text, or null to decide per text by script
     */
    public TextSegmentation(LanguageProfiles profiles, Segmenters segmenters, String forcedLang) {
        if (forcedLang != null && profiles.find(forcedLang).isEmpty()) {
            throw new IllegalArgumentException("unknown language '" + forcedLang + "'; known: "
                    + String.join(", ", profiles.all().stream().map(LanguageProfile::code)
                    .sorted().toList()));
        }
        this.profiles = profiles;
        this.segmenters = segmenters;
        this.forcedLang = forcedLang;
    }

    /** The language a text is segmented as. */
    public String language(String text) {
        if (forcedLang != null) {
            return forcedLang;
        }
        return profiles.ownerOfScript(scripts.detect(text).dominant()).map(LanguageProfile::code)
                .orElse(LanguageInfo.UNDETERMINED);
    }

    /** The words of a text, as written. */
    public List<String> words(String text, String lang) {
        return segmenters.forLanguage(lang).words(text).stream().map(Token::text).toList();
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
