package org.seacorpus.lang.lo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;

class LaoMarkRulesTest {
    private final Normalizer lao = new Normalizer(LaoMarkRules.all());

    private static String apply(NormalizationRule rule, String text) {
        return new Normalizer(List.of(rule)).normalize(text).text();
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(lao.normalize("").text()).isEmpty();
        assertThat(lao.normalize("").rules()).isEmpty();
    }

    @Test
    void niggahitaPlusAaBecomesSaraAm() {
        // ນ້ຳ (water) typed as ນ + ້ + ໍ + າ and as ນ + ໍ + ້ + າ
        assertThat(apply(LaoMarkRules.SARA_AM, "ນ\u0EC9\u0ECD\u0EB2")).isEqualTo("ນ້ຳ");
        assertThat(apply(LaoMarkRules.SARA_AM, "ນ\u0ECD\u0EC9\u0EB2")).isEqualTo("ນ້ຳ");
        assertThat(apply(LaoMarkRules.SARA_AM, "ທ\u0ECD\u0EB2ນາ")).isEqualTo("ທຳນາ");
    }

    @Test
    void twoSaraETypedForSaraAeBecomeSaraAe() {
        assertThat(apply(LaoMarkRules.SARA_AE, "\u0EC0\u0EC0ມ່")).isEqualTo("ແມ່");
    }

    @Test
    void marksFollowTheOrderSemivowelVowelTone() {
        assertThat(apply(LaoMarkRules.MARK_ORDER, "ກ\u0EC8\u0EB5")).isEqualTo("ກີ່");
        // ບໍ່ (not): the vowel ໍ before the tone
        assertThat(apply(LaoMarkRules.MARK_ORDER, "ບ\u0EC8\u0ECD")).isEqualTo("ບໍ່");
        // ຫຼ້າ: the subscript lo right after the consonant
        assertThat(apply(LaoMarkRules.MARK_ORDER, "ຫ\u0EC9\u0EBCາ")).isEqualTo("ຫຼ້າ");
    }

    @Test
    void marksTypedTwiceAreKeptOnce() {
        assertThat(apply(LaoMarkRules.DUPLICATE_MARKS, "ບໍ\u0EC8\u0EC8")).isEqualTo("ບໍ່");
    }

    @Test
    void strayMarksAtWordStartAreDropped() {
        assertThat(apply(LaoMarkRules.STRAY_MARKS, "\u0EC8ສະບາຍດີ")).isEqualTo("ສະບາຍດີ");
    }

    @Test
    void hoNoAndHoMoAndSaraAmAreKeptAsWritten() {
        String text = "ໜອງຄາຍ ໝາກໄມ້ ຫນອງ ຫມາກ ນ້ຳຂອງ ເຂົ້າໜຽວ ແມ່ນ້ຳຂອງ ກະສິກອນ";
        assertThat(lao.normalize(text).text()).isSameAs(text);
    }

    @Test
    void aLineWithSeveralErrorsIsRepaired() {
        Normalizer.Result result = lao.normalize("\u0EC0\u0EC0ມ່ ໄປຕັກ ນ\u0ECD\u0EC9\u0EB2 ບໍ\u0EC8\u0EC8");
        assertThat(result.text()).isEqualTo("ແມ່ ໄປຕັກ ນ້ຳ ບໍ່");
        assertThat(result.rules()).containsKeys("lao-sara-ae", "lao-sara-am", "lao-duplicate-marks");
    }
}
