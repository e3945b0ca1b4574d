package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** N-grams of one document's words. */
class NgramCounterTest {
    @Test
    void ngramsNeverCrossABreak() {
        String[] words = {"petani", "menanam", "padi", "harga", "naik"};
        boolean[] breaks = {false, false, false, true, false};
        assertThat(NgramCounter.ngrams(words, breaks, 2))
                .containsExactly("petani menanam", "menanam padi", "harga naik");
        assertThat(NgramCounter.ngrams(words, breaks, 3)).containsExactly("petani menanam padi");
        assertThat(NgramCounter.ngrams(words, null, 4)).containsExactly("petani menanam padi harga",
                "menanam padi harga naik");
        assertThat(NgramCounter.ngrams(words, breaks, 1)).hasSize(5);
    }

    @Test
    void noWordsNoNgrams() {
        assertThat(NgramCounter.ngrams(new String[0], new boolean[0], 2)).isEmpty();
        assertThat(NgramCounter.ngrams(new String[] {"padi"}, null, 2)).isEmpty();
    }
}
