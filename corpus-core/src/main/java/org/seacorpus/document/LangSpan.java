package org.seacorpus.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of a document in one language or script, in UTF-16 offsets of the normalised text.
 *
 * @param start     first char offset (inclusive)
 * @param end       last char offset (exclusive)
 * @param lang      language code as in the language profiles (e.g. {@code th}), or {@code und}
 * @param script    ISO 15924 code (e.g. {@code Thai})
 * @param score     confidence in [0, 1]
 * @param inherited true when the stretch was too short to tell on its own (a heading such as "Pasal 1") and took
 *                  the language of the rest of the document; written only when true
 */
public record LangSpan(int start, int end, String lang, String script, double score,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inherited) {
    public LangSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A span whose language was found in the span itself. */
    public LangSpan(int start, int end, String lang, String script, double score) {
        this(start, end, lang, script, score, false);
    }

    public int length() {
        return end - start;
    }
}
