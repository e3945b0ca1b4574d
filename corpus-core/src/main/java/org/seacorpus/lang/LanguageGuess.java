package org.seacorpus.lang;

import java.util.Objects;

/**
 * A language module's answer for a piece of text in one script (see {@link LanguageModule#identify}).
 *
 * @param lang   the language code, or {@code und} when the module knows the text is none of its languages
 * @param script the script to report, usually the one asked about; a module may refine it ({@code Hani} →
 *               {@code Hans} or {@code Hant})
 * @param score  confidence in [0, 1]; an answer below the language's {@code langid_threshold} becomes {@code und}
 */
public record LanguageGuess(String lang, String script, double score) {
    public LanguageGuess {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(script, "script");
    }
}
