package org.seacorpus.lang;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Words that two close languages spell or choose differently, as evidence between them: the Latin-script
 * identifier moves the split of probability between {@code first} and {@code second} by
 * {@code weight · logOdds(text)} when one of them is its best answer (see {@code lang.identify.LatinIdentifier}).
 *
 * @param first   one language (e.g. {@code id})
 * @param second  the other (e.g. {@code ms})
 * @param logOdds the log-odds of {@code second} over {@code first} that the text's marker words give; 0 for none
 */
public record MarkerWords(String first, String second, ToDoubleFunction<CharSequence> logOdds) {
    public MarkerWords {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(logOdds, "logOdds");
    }

    /** True when {@code lang} is one of the two. */
    public boolean concerns(String lang) {
        return first.equals(lang) || second.equals(lang);
    }
}
