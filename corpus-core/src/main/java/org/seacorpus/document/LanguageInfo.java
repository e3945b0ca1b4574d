package org.seacorpus.document;

import java.util.List;

/**
 * What identification decided for a whole document.
 *
 * @param lang   language code ({@code th}, {@code vi}, …) or {@link #UNDETERMINED}
 * @param script ISO 15924 code of the dominant script ({@code Thai}, {@code Latn}, …) or {@code Zyyy}
 * @param score  confidence in [0, 1]
 * @param spans  the stretches of the text with their own language or script (one span when uniform)
 * @param forced true when the user forced the language ({@code --lang})
 */
public record LanguageInfo(String lang, String script, double score, List<LangSpan> spans, boolean forced) {
    public static final String UNDETERMINED = "und";
    public static final LanguageInfo UNKNOWN = new LanguageInfo(UNDETERMINED, "Zyyy", 0.0, List.of(), false);

    public LanguageInfo {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
