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
 * @param logOdds    the log-odds of {@code second} over {@code first} that the text's marker words give; 0 for none
 * @param wordWeight when not null, what one word (lower-cased, as the identifier's n-gram features cut it) adds to
 *                   {@code logOdds}, which is then the sum over the words of the text: lets the identifier fold
 *                   the markers into its per-word tables instead of reading the text once more
 */
public record MarkerWords(String first, String second, ToDoubleFunction<CharSequence> logOdds,
                          ToDoubleFunction<String> wordWeight) {
    public MarkerWords {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(logOdds, "logOdds");
    }

    /** Marker words known only through their log-odds over a whole text. */
    public MarkerWords(String first, String second, ToDoubleFunction<CharSequence> logOdds) {
        this(first, second, logOdds, null);
    }

    /** True when {@code lang} is one of the two. */
    public boolean concerns(String lang) {
        return first.equals(lang) || second.equals(lang);
    }
}
