package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Token;

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

    static FoldedWords of(Segmentation segmentation) {
        List<Token> tokens = segmentation.tokens();
        int n = tokens.size();
        StringSlots slots = StringSlots.forThread(0).reset(n);
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
        Folds folds = FOLDS.get();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = folds.fold(texts.get(i));
        }
        return new FoldedWords(tokens, textOf, texts, folded);
    }

    private static final ThreadLocal<Folds> FOLDS = ThreadLocal.withInitial(Folds::new);

    /**
     * The folded forms ({@link WordForm#fold}) of the words one thread folded lately, direct-mapped by the word's
     * hash and checked by its text: a language's common words are folded once per thread rather than once per
     * document.
     */
    static final class Folds {
        private static final int SIZE = 4096;
        private final String[] words = new String[SIZE];
        private final String[] forms = new String[SIZE];

        String fold(String word) {
            int h = word.hashCode();
            int slot = (h ^ (h >>> 16)) & (SIZE - 1);
            if (word.equals(words[slot])) {
                return forms[slot];
            }
            String form = WordForm.fold(word);
            words[slot] = word;
            forms[slot] = form;
            return form;
        }
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
