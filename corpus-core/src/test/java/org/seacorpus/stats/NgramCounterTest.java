package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** N-grams of one document's words. */
class NgramCounterTest {
    @Test
    void ngramsNeverCrossABreak() {
        String[] words = {"petani", "menanam", "padi", "harga", "naik"};
        boolean[] breaks = {false, false, false, true, false};
        assertThat(spaced(NgramCounter.ngrams(words, breaks, 2)))
                .containsExactly("petani menanam", "menanam padi", "harga naik");
        assertThat(spaced(NgramCounter.ngrams(words, breaks, 3))).containsExactly("petani menanam padi");
        assertThat(spaced(NgramCounter.ngrams(words, null, 4))).containsExactly("petani menanam padi harga",
                "menanam padi harga naik");
        assertThat(spaced(NgramCounter.ngrams(words, breaks, 1))).hasSize(5);
    }

    @Test
    void wordsThatHoldASpaceStayApart() {
        // Vietnamese nông dân is one word: "nông dân | trồng" and "nông | dân trồng" print alike but differ
        assertThat(NgramCounter.ngrams(new String[] {"nông dân", "trồng"}, null, 2))
                .doesNotContainAnyElementsOf(NgramCounter.ngrams(new String[] {"nông", "dân trồng"}, null, 2));
    }

    private static java.util.List<String> spaced(java.util.List<String> ngrams) {
        return ngrams.stream().map(g -> g.replace(NgramCounter.SEPARATOR, ' ')).toList();
    }

    @Test
    void noWordsNoNgrams() {
        assertThat(spaced(NgramCounter.ngrams(new String[0], new boolean[0], 2))).isEmpty();
        assertThat(spaced(NgramCounter.ngrams(new String[] {"padi"}, null, 2))).isEmpty();
    }
}
