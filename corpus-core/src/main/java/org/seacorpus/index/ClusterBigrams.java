package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;

/**
 * Cuts a word into overlapping pairs of grapheme clusters (a one-cluster word stays whole): the character
 * n-grams of CJK search, over user-perceived characters so a Thai vowel or tone mark is never cut from its
 * consonant. Not thread-safe (one per token stream).
 *
 * <p>Source: extended grapheme clusters of UAX #29; bigram indexing as in Lucene's CJK analysis.
 */
final class ClusterBigrams implements PieceFilter.Cutter {
    private final BreakIterator clusters = BreakIterator.getCharacterInstance();

    @Override
    public List<int[]> cut(CharSequence word) {
        clusters.setText(word);
        List<Integer> bounds = new ArrayList<>();
        for (int b = clusters.first(); b != BreakIterator.DONE; b = clusters.next()) {
            bounds.add(b);
        }
        List<int[]> out = new ArrayList<>();
        if (bounds.size() == 2) {
            out.add(new int[] {bounds.get(0), bounds.get(1)});
        }
        for (int i = 0; i + 2 < bounds.size(); i++) {
            out.add(new int[] {bounds.get(i), bounds.get(i + 2)});
        }
        return out;
    }
}
