package org.seacorpus.document;

/**
 * A stretch of a document in one language or script, in UTF-16 offsets of the normalised text.
 *
 * @param start  first char offset (inclusive)
 * @param end    last char offset (exclusive)
 * @param lang   language code as in the language profiles (e.g. {@code th}), or {@code und}
 * @param script ISO 15924 code (e.g. {@code Thai})
 * @param score  confidence in [0, 1]
 */
public record LangSpan(int start, int end, String lang, String script, double score) {
    public LangSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
