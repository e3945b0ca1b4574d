package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.util.CasefoldChars;
import org.seacorpus.util.StringSlots;

/**
 * A document's tokens numbered by their distinct texts (first seen first), with the NFKC case folded form of each
 * distinct text ({@link CasefoldChars#fold}, the form the index, the token doc values and the word shingles use).
 * The analyse stage makes it once from the words it cut and attaches it to the document beside the
 * {@link Segmentation}, so that the stages after it (quality's word ids, the dedupe keys' word hashes) and the
 * index (the main text field and the token doc values) number and fold a document's words once between them
 * instead of once each. A reader checks that its words are these very {@link #tokens()} ({@link #isOf}) before it
 * uses them.
 *
 * <p>Immutable; equal when made from equal tokens.
 */
public final class TokenForms {
    private final List<Token> tokens;
    private final int[] textOf;
    private final List<String> texts;
    private final String[] folded;

    private TokenForms(List<Token> tokens, int[] textOf, List<String> texts, String[] folded) {
        this.tokens = tokens;
        this.textOf = textOf;
        this.texts = texts;
        this.folded = folded;
    }

    /** Each thread's table of a document's distinct token texts, reused document after document. */
    private static final ThreadLocal<StringSlots> SLOTS = ThreadLocal.withInitial(StringSlots::new);

    /** The forms of {@code tokens} (kept as given: a reader compares its own list with them). */
    public static TokenForms of(List<Token> tokens) {
        int n = tokens.size();
        StringSlots slots = SLOTS.get().reset(n);
        List<String> texts = new ArrayList<>();
        int[] textOf = new int[n];
        for (int i = 0; i < n; i++) {
            String text = tokens.get(i).text();
            int slot = slots.slotOf(text);
            if (slot < 0) {
                slot = -slot - 1;
                texts.add(text);
            }
            textOf[i] = slot;
        }
        String[] folded = new String[texts.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = CasefoldChars.fold(texts.get(i));
        }
        return new TokenForms(tokens, textOf, texts, folded);
    }

    /** The tokens these forms were made from, the very list given to {@link #of}. */
    public List<Token> tokens() {
        return tokens;
    }

    /** True when these are the forms of {@code words}: the same list (as a segmenter hands it again), or equal. */
    public boolean isOf(List<Token> words) {
        return words == tokens || words.equals(tokens);
    }

    /** How many tokens. */
    public int size() {
        return textOf.length;
    }

    /** The slot of token {@code i}'s text among the distinct texts (first seen first). */
    public int textOf(int i) {
        return textOf[i];
    }

    /** How many distinct token texts the document has. */
    public int distinctTexts() {
        return texts.size();
    }

    /** A distinct token text, by slot. */
    public String text(int slot) {
        return texts.get(slot);
    }

    /** The folded form of a distinct token text, by slot. */
    public String foldedText(int slot) {
        return folded[slot];
    }

    /** The folded form of token {@code i}. */
    public String folded(int i) {
        return folded[textOf[i]];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenForms other && tokens.equals(other.tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }
}
