package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Token;
import org.seacorpus.util.StringSlots;

/**
 * A document's tokens with the folded form ({@link WordForm}) of each, every distinct token text folded once. The
 * token fields ({@link TokenFields}) and the main text field ({@link FoldedWordsField}) both need those forms, so a
 * document's words are folded once for both instead of once per consumer (the main field's analysis chain folds
 * the same words with the same NFKC_Casefold).
 */
final class FoldedWords {
    private final List<Token> tokens;
    private final int[] textOf;
    private final List<String> texts;
    private final String[] folded;

    private FoldedWords(List<Token> tokens, int[] textOf, List<String> texts, String[] folded) {
        this.tokens = tokens;
        this.textOf = textOf;
        this.texts = texts;
        this.folded = folded;
    }

    /** Each thread's table of a document's distinct token texts, reused document after document. */
    private static final ThreadLocal<StringSlots> SLOTS = ThreadLocal.withInitial(StringSlots::new);

    static FoldedWords of(Segmentation segmentation) {
        List<Token> tokens = segmentation.tokens();
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
            folded[i] = WordForm.fold(texts.get(i));
        }
        return new FoldedWords(tokens, textOf, texts, folded);
    }

    /** The tokens, the very list of the {@link Segmentation} these forms were made from. */
    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return textOf.length;
    }

    /** The slot of token {@code i}'s text among the distinct texts (first seen first). */
    int textOf(int i) {
        return textOf[i];
    }

    /** How many distinct token texts the document has. */
    int distinctTexts() {
        return texts.size();
    }

    /** A distinct token text, by slot. */
    String text(int slot) {
        return texts.get(slot);
    }

    /** The folded form of a distinct token text, by slot. */
    String foldedText(int slot) {
        return folded[slot];
    }

    /** The folded form of token {@code i}. */
    String folded(int i) {
        return folded[textOf[i]];
    }
}
