package org.seacorpus.segment;

import java.util.List;

/**
 * Finds the words and sentences of a text in one language. Whitespace and punctuation are not words.
 * Implementations are thread-safe.
 */
public interface Segmenter {
    /** The words of {@code text} in order: words, numbers, URLs and e-mail addresses; no punctuation or symbols. */
    List<Token> words(String text);

    /**
     * Lossless tokenisation: the {@link #words} and, between them, the punctuation, symbols and other characters,
     * so that every character of {@code text} that is not a {@linkplain Token#isSpace space} is in exactly one
     * token, in order (DESIGN §5: the tokens joined by a separator align with the input). See {@link Gaps}.
     */
    default List<Token> tokens(String text) {
        return Gaps.fill(text, words(text));
    }

    /** Sentence boundaries as [start, end) offset pairs, whitespace around them excluded. */
    List<int[]> sentences(String text);
}
