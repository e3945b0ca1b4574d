package org.seacorpus.segment;

/**
 * A word found by a segmenter, with its UTF-16 offsets in the text it came from.
 *
 * @param text  the word as written
 * @param start offset of its first char
 * @param end   offset after its last char
 * @param kind  what sort of word it is
 */
public record Token(String text, int start, int end, Kind kind) {
    /** Kinds that statistics and filters treat differently. */
    public enum Kind { WORD, NUMBER, URL, EMAIL, OTHER }

    /** The same kind of token over a longer span of {@code source} (for merges). */
    Token span(String source, int newStart, int newEnd, Kind newKind) {
        return new Token(source.substring(newStart, newEnd), newStart, newEnd, newKind);
    }
}
