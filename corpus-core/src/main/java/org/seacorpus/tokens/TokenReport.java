package org.seacorpus.tokens;

import java.util.Map;

/**
 * Tokens of a subcorpus by language, beside its words: how many tokens a model's tokenizer needs per word of
 * each language, which is what shows how well it serves Burmese or Khmer next to English.
 *
 * @param tokenizer  what the tokens are counted in ({@link TokenCounter#name()})
 * @param byLanguage per language code, sorted
 * @param total      all languages together
 */
public record TokenReport(String tokenizer, Map<String, Counts> byLanguage, Counts total) {
    public TokenReport {
        // sorted by code, and kept so: JSON and tables list languages in the same order on every run
        byLanguage = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byLanguage));
    }

    /**
     * Counts of a group of documents.
     *
     * @param words as counted at import (each language's word segmentation)
     */
    public record Counts(long documents, long chars, long words, long tokens) {
        /** Tokens per word (0 without words): 1.3 is typical of English with o200k_base. */
        public double tokensPerWord() {
            return words == 0 ? 0 : (double) tokens / words;
        }

        /** Characters per token (0 without tokens). */
        public double charsPerToken() {
            return tokens == 0 ? 0 : (double) chars / tokens;
        }

        public Counts plus(Counts other) {
            return new Counts(documents + other.documents, chars + other.chars, words + other.words,
                    tokens + other.tokens);
        }
    }
}
