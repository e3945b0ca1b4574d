package org.seacorpus.quality;

import java.util.Locale;

/**
 * The quality signals measured on every document at import (DESIGN §4), each stored as a numeric doc value
 * named {@code quality.<key>}. Fractions are between 0 and 1; counts are whole numbers.
 *
 * <p>The measures follow Gopher (Rae et al. 2021, "Scaling Language Models", appendix A, table A1) and the
 * FineWeb / FineWeb-2 quality filters (Penedo et al. 2024, 2025), with words found by each language's segmenter
 * instead of by spaces; {@code docs/export.md} lists where and why our counting differs.
 */
public enum Signal {
    CHARS("characters (code points)"),
    WORDS("words found by the language's segmenter"),
    LINES("non-blank lines"),
    MEAN_WORD_LENGTH("mean word length in characters"),
    NON_ALPHA_WORDS("share of words without a letter (numbers, symbols)"),
    DUP_LINES("share of non-blank lines that repeat an earlier line"),
    DUP_PARAGRAPHS("share of paragraphs that repeat an earlier paragraph"),
    DUP_LINE_CHARS("share of characters in repeated lines"),
    DUP_PARAGRAPH_CHARS("share of characters in repeated paragraphs"),
    TOP2GRAM("share of characters in the most frequent repeated word 2-gram"),
    TOP3GRAM("share of characters in the most frequent repeated word 3-gram"),
    TOP4GRAM("share of characters in the most frequent repeated word 4-gram"),
    DUP5GRAM("share of characters in repeated word 5-grams"),
    DUP6GRAM("share of characters in repeated word 6-grams"),
    DUP7GRAM("share of characters in repeated word 7-grams"),
    DUP8GRAM("share of characters in repeated word 8-grams"),
    DUP9GRAM("share of characters in repeated word 9-grams"),
    DUP10GRAM("share of characters in repeated word 10-grams"),
    PUNCT_LINES("share of lines that end like a sentence (the script's own punctuation)"),
    BULLET_LINES("share of lines that start with a bullet"),
    ELLIPSIS_LINES("share of lines that end with an ellipsis"),
    NEWLINES_PER_WORD("line breaks per word (lists and menus have many)"),
    STOPWORDS("stopwords of the language found"),
    LANG_SCORE("language identification score");

    private final String description;

    Signal(String description) {
        this.description = description;
    }

    /** The snake_case name used in YAML, JSON and index field names, e.g. {@code mean_word_length}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** True for signals that count things rather than measure a share or a length. */
    public boolean isCount() {
        return this == CHARS || this == WORDS || this == LINES || this == STOPWORDS;
    }

    public static Signal byKey(String key) {
        for (Signal s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown quality signal '" + key + "'");
    }

    /** The repeated n-gram signal for n in 5..10. */
    static Signal dupNgram(int n) {
        return values()[DUP5GRAM.ordinal() + n - 5];
    }

    /** The top n-gram signal for n in 2..4. */
    static Signal topNgram(int n) {
        return values()[TOP2GRAM.ordinal() + n - 2];
    }
}
