package org.seacorpus.stats;

import java.util.List;

/**
 * A frequency list of a subcorpus.
 *
 * @param tokens    words in the subcorpus (the base of per-million figures)
 * @param documents documents in the subcorpus
 * @param types     distinct words (or n-grams), before {@code --min} and {@code --top}
 * @param n         1 for words, 2 and more for n-grams
 * @param words     the list, most frequent first
 */
public record FrequencyList(long tokens, long documents, long types, int n, List<WordFrequency> words) {
}
