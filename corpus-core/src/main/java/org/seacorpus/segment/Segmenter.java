package org.seacorpus.segment;

import java.util.List;

/**
 * Finds the words and sentences of a text in one language. Whitespace and punctuation are not words.
 * Implementations are thread-safe.
 */
public interface Segmenter {
    List<Token> words(String text);

    /** Sentence boundaries as [start, end) offset pairs, whitespace around them excluded. */
    List<int[]> sentences(String text);
}
