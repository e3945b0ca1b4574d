package org.seacorpus.lang.th;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;

class ThaiMarkRulesTest {
    private final Normalizer thai = new Normalizer(ThaiMarkRules.all());

    private static String apply(NormalizationRule rule, String text) {
        return new Normalizer(java.util.List.of(rule)).normalize(text).text();
    }

    @Test
    void emptyTextGivesEmptyTextAndNoCounts() {
        Normalizer.Result result = thai.normalize("");
        assertThat(result.text()).isEmpty();
        assertThat(result.rules()).isEmpty();
    }

    @Test
    void nikhahitPlusSaraAaBecomesSaraAm() {
        // น้ำ typed as น + ้ + ํ + า, and as น + ํ + ้ + า; ทำ as ท + ํ + า
        assertThat(apply(ThaiMarkRules.SARA_AM, "น\u0E49\u0E4D\u0E32")).isEqualTo("น้ำ");
        assertThat(apply(ThaiMarkRules.SARA_AM, "น\u0E4D\u0E49\u0E32")).isEqualTo("น้ำ");
        assertThat(apply(ThaiMarkRules.SARA_AM, "ท\u0E4D\u0E32นา")).isEqualTo("ทำนา");
    }

    @Test
    void toneTypedAfterSaraAmMovesBeforeIt() {
        assertThat(apply(ThaiMarkRules.SARA_AM, "น\u0E33\u0E49")).isEqualTo("น้ำ");
        assertThat(apply(ThaiMarkRules.SARA_AM, "ค\u0E33\u0E48")).isEqualTo("ค่ำ");
    }

    @Test
    void twoSaraETypedForSaraAeBecomeSaraAe() {
        assertThat(apply(ThaiMarkRules.SARA_AE, "\u0E40\u0E40ม่")).isEqualTo("แม่");
        assertThat(apply(ThaiMarkRules.SARA_AE, "\u0E40\u0E40ต่\u0E40\u0E40ล้ว")).isEqualTo("แต่แล้ว");
    }

    @Test
    void toneTypedBeforeTheAboveVowelGoesAfterIt() {
        assertThat(apply(ThaiMarkRules.MARK_ORDER, "ก\u0E48\u0E35")).isEqualTo("กี่");
        assertThat(apply(ThaiMarkRules.MARK_ORDER, "ต\u0E48\u0E37น")).isEqualTo("ตื่น");
        assertThat(apply(ThaiMarkRules.MARK_ORDER, "ก\u0E49\u0E31น")).isEqualTo("กั้น");
        // thanthakhat after the vowel it follows: ศักดิ์
        assertThat(apply(ThaiMarkRules.MARK_ORDER, "ศักด\u0E4C\u0E34")).isEqualTo("ศักดิ์");
    }

    @Test
    void marksTypedTwiceAreKeptOnce() {
        assertThat(apply(ThaiMarkRules.DUPLICATE_MARKS, "ซื\u0E49\u0E49อ")).isEqualTo("ซื้อ");
        assertThat(apply(ThaiMarkRules.DUPLICATE_MARKS, "เริ\u0E34\u0E48ม")).isEqualTo("เริ่ม");
    }

    @Test
    void marksAtTheStartOfAWordAreDropped() {
        assertThat(apply(ThaiMarkRules.STRAY_MARKS, "\u0E48สวัสดี")).isEqualTo("สวัสดี");
        assertThat(apply(ThaiMarkRules.STRAY_MARKS, "ไป \u0E49\u0E34บ้าน")).isEqualTo("ไป บ้าน");
        assertThat(apply(ThaiMarkRules.STRAY_MARKS, "(\u0E31ข้าว)")).isEqualTo("(ข้าว)");
        // a mark on a leading vowel has no consonant to sit on
        assertThat(apply(ThaiMarkRules.STRAY_MARKS, "เ\u0E48ก")).isEqualTo("เก");
    }

    @Test
    void elongatedChatSpellingsAreNotSpellingErrors() {
        String chat = "น่ารักมากกกก ค่าาาา ๆๆ";
        Normalizer.Result result = thai.normalize(chat);
        assertThat(result.text()).isSameAs(chat);
        assertThat(result.rules()).isEmpty();
    }

    @Test
    void correctlyTypedThaiIsUntouched() {
        String text = "เกษตรกรใช้ปัญญาประดิษฐ์วางแผนเก็บเกี่ยวข้าว น้ำท่วมทำให้ผลผลิตลดลง ก๋วยเตี๋ยวน้ำใส พันธุ์ข้าว";
        Normalizer.Result result = thai.normalize(text);
        assertThat(result.text()).isSameAs(text);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void aSentenceWithSeveralErrorsIsRepairedAndEachRuleCounted() {
        String typed = "\u0E40\u0E40ม่ซื\u0E49\u0E49อน\u0E49\u0E4D\u0E32ปลาก\u0E48\u0E35ตัว";
        Normalizer.Result result = thai.normalize(typed);
        assertThat(result.text()).isEqualTo("แม่ซื้อน้ำปลากี่ตัว");
        assertThat(result.rules()).isEqualTo(Map.of("thai-sara-ae", 1, "thai-duplicate-marks", 1,
                "thai-sara-am", 1, "thai-mark-order", 1));
    }

    @Test
    void laoAndLatinTextAreNotTouchedByThaiRules() {
        String text = "ເເມ່ ກ່ີ Hello ́";
        assertThat(thai.normalize(text).text()).isSameAs(text);
    }
}
