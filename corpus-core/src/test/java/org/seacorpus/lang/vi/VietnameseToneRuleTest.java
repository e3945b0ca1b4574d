package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.normalize.RuleCounts;

class VietnameseToneRuleTest {
    private final VietnameseToneRule traditional = new VietnameseToneRule(VietnameseToneStyle.TRADITIONAL);
    private final VietnameseToneRule modern = new VietnameseToneRule(VietnameseToneStyle.MODERN);

    @Test
    void emptyTextGivesEmptyText() {
        RuleCounts counts = new RuleCounts();
        assertThat(traditional.apply("", counts)).isEmpty();
        assertThat(counts.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "hoà, hòa", "hoá, hóa", "khoẻ, khỏe", "loè, lòe", "thuỷ, thủy", "tuỳ, tùy", "luỹ, lũy", "huỷ, hủy",
        "Hoà, Hòa", "HOÀ, HÒA", "Thuý, Thúy", "uỷ, ủy", "hoạ, họa", "toạ, tọa"})
    void modernPlacementBecomesTraditional(String typed, String expected) {
        assertThat(traditional.apply(typed, new RuleCounts())).isEqualTo(expected);
        assertThat(modern.apply(expected, new RuleCounts())).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàng", "toán", "quý", "quà", "hoài", "khuỷu", "huýt", "thuyền", "khuya", "thuở",
        "hoặc", "người", "nước", "Việt"})
    void syllablesWhoseToneIsPlacedAlikeInBothStylesAreUntouched(String word) {
        assertThat(traditional.apply(word, new RuleCounts())).isSameAs(word);
        assertThat(modern.apply(word, new RuleCounts())).isSameAs(word);
    }

    @Test
    void aSentenceIsUnifiedAndEachChangedWordCounted() {
        RuleCounts counts = new RuleCounts();
        String out = traditional.apply("Chị Thuỷ hoà giải mâu thuẫn, sức khoẻ tốt, tuỳ ý. Anh Thủy hòa nhã.", counts);
        assertThat(out).isEqualTo("Chị Thủy hòa giải mâu thuẫn, sức khỏe tốt, tùy ý. Anh Thủy hòa nhã.");
        assertThat(counts.asMap()).containsEntry("vietnamese-tone", 4);
    }

    @Test
    void wordsOfOtherLanguagesPassThrough() {
        String text = "Lisboa, Goiás, Joan, Zoë, duì, huà, Ruy Díaz, São Tomé";
        assertThat(traditional.apply(text, new RuleCounts())).isSameAs(text);
        assertThat(modern.apply(text, new RuleCounts())).isSameAs(text);
    }

    @Test
    void decomposedInputIsHandledAndComesOutComposed() {
        String nfd = java.text.Normalizer.normalize("hoà", java.text.Normalizer.Form.NFD);
        assertThat(traditional.apply(nfd, new RuleCounts())).isEqualTo("hòa");
    }

    /**
     * A dot below typed on the h of hoa (ḥoa, U+1E25) decomposes to h + the nặng mark, but it is not a tone placed
     * on the other vowel of oa: the rule leaves the word as it is in both styles, as its look says (it used to
     * move the mark onto the o, and the fast and the full path of the normaliser disagreed).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ḥoa", "Ḥoa", "ḥoe", "Chữ ḥoa viết nhầm."})
    void aMarkOnTheOnsetIsNotMovedOntoTheVowels(String text) {
        assertThat(traditional.apply(text, new RuleCounts())).isSameAs(text);
        assertThat(modern.apply(text, new RuleCounts())).isSameAs(text);
        assertThat(traditional.leavesAlone(text)).isTrue();
    }

    @Test
    void theLookOnALineOfATextAnswersAsOnTheLineAlone() {
        String text = "Anh Thủy hòa nhã.\nChị Thuỷ hoà giải.\nSức khỏe tốt.";
        int second = text.indexOf('\n') + 1;
        int third = text.indexOf('\n', second) + 1;
        assertThat(traditional.leavesAlone(text, 0, second - 1)).isTrue();
        assertThat(traditional.leavesAlone(text, second, third - 1)).isFalse();
        assertThat(traditional.leavesAlone(text, third, text.length())).isTrue();
        assertThat(modern.leavesAlone(text, third, text.length())).isFalse();
    }
}
