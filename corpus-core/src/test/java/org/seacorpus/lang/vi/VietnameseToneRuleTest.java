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
}
