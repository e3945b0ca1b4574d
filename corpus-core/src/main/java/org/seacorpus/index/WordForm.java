package org.seacorpus.index;

import org.seacorpus.util.CasefoldChars;

/**
 * The form under which a word is counted, sorted and compared: Unicode NFKC_Casefold, the same folding the
 * index applies to its terms, so "Padi", "PADI" and "padi" are one word, full-width Latin matches ASCII, and a
 * word from a frequency list can be searched as it is printed. Folding runs on words that are already cut,
 * never on running text (before word breaking NFKC would split Thai sara am).
 */
public final class WordForm {
    private WordForm() {
    }

    public static String fold(String word) {
        // most words are already folded (the same string comes back) or fold char by char (a capital letter)
        return CasefoldChars.fold(word);
    }
}
