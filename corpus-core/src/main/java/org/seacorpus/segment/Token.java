package org.seacorpus.segment;

/**
 * A token found by a segmenter, with its UTF-16 offsets in the text it came from: a word (of one of the word kinds)
 * or, in the lossless token stream of {@link Segmenter#tokens}, a piece of punctuation or a symbol.
 *
 * @param text  the word as written
 * @param start offset of its first char
 * @param end   offset after its last char
 * @param kind  what sort of word it is
 */
public record Token(String text, int start, int end, Kind kind) {
    /**
     * Kinds that statistics and filters treat differently. {@link Segmenter#words} gives the first four;
     * {@link Segmenter#tokens} adds the last three for everything else that is not a space.
     */
    public enum Kind {
        WORD, NUMBER, URL, EMAIL,
        /** Punctuation (Unicode general categories P*): {@code . , « » ។ ။}. */
        PUNCTUATION,
        /** Symbols (S*), emoji with their modifiers and joiners included: {@code $ + © 🇹🇭 👍🏽}. */
        SYMBOL,
        /** Anything else that is not a space: a combining mark with no base, a control or format character. */
        OTHER;

        /** True for the kinds {@link Segmenter#words} gives (not punctuation, symbols or other). */
        public boolean isWord() {
            return ordinal() <= EMAIL.ordinal();
        }
    }

    /**
     * True for the characters no token holds at its edges and that the lossless token stream leaves out: Unicode
     * White_Space (which includes the no-break spaces) and the zero-width space U+200B, which Khmer and Burmese
     * text uses as a word separator.
     */
    public static boolean isSpace(int codePoint) {
        return codePoint == 0x200B || com.ibm.icu.lang.UCharacter.isUWhiteSpace(codePoint);
    }

    /** The same kind of token over a longer span of {@code source} (for merges). */
    Token span(String source, int newStart, int newEnd, Kind newKind) {
        return new Token(source.substring(newStart, newEnd), newStart, newEnd, newKind);
    }
}
