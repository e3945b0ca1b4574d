package org.seacorpus.document;

/**
 * Sizes of a document's text, from the analyse stage.
 *
 * @param chars     code points in the normalised text
 * @param words     words as the language's segmenter finds them (not whitespace chunks)
 * @param sentences sentences as the language's sentence splitter finds them
 */
public record TextCounts(long chars, long words, long sentences) {
    public static final TextCounts NONE = new TextCounts(0, 0, 0);
}
