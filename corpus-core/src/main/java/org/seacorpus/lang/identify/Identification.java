package org.seacorpus.lang.identify;

import java.util.List;
import java.util.Objects;

import org.seacorpus.document.LanguageInfo;

/**
 * What identification decided for one piece of text.
 *
 * @param lang       language code ({@code th}, {@code ms}, …) or {@code und}
 * @param script     ISO 15924 code of the text's main script ({@code Latn}, {@code Hant}, …), {@code Zyyy} if none
 * @param score      confidence in [0, 1] that {@code lang} is right (0 for {@code und} without a candidate)
 * @param candidates the languages considered, best first, each with its score (may be empty); the first is the
 *                   best guess even when {@code lang} is {@code und} because it scored below its threshold
 */
public record Identification(String lang, String script, double score, List<Candidate> candidates) {
    /** A language considered, with its probability. */
    public record Candidate(String lang, double score) {
    }

    public Identification {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(script, "script");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static Identification undetermined(String script) {
        return new Identification(LanguageInfo.UNDETERMINED, script, 0.0, List.of());
    }

    public boolean isUndetermined() {
        return LanguageInfo.UNDETERMINED.equals(lang);
    }

    /** The first {@code n} candidates. */
    public List<Candidate> top(int n) {
        return candidates.subList(0, Math.min(n, candidates.size()));
    }
}
