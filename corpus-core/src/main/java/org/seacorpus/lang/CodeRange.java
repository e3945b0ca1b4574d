package org.seacorpus.lang;

/**
 * A range of code points, both ends included: the characters of a script (or of the part of a script) that a
 * {@link LanguageModule}'s rules are for, e.g. {@code CodeRange.of(0x0E00, 0x0E7F)} for the Thai block.
 *
 * @param first the first code point
 * @param last  the last code point, at least {@code first}
 */
public record CodeRange(int first, int last) {
    public CodeRange {
        if (first < 0 || last > Character.MAX_CODE_POINT || last < first) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "not a code point range: U+%04X..U+%04X", first, last));
        }
    }

    public static CodeRange of(int first, int last) {
        return new CodeRange(first, last);
    }

    public boolean contains(int cp) {
        return cp >= first && cp <= last;
    }
}
