package org.seacorpus.lang.shn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShanLettersTest {
    @Test
    void shanConsonantsVowelsAndTonesAreShanOnly() {
        for (char c : "ၵၶၸၼၽၾႁႂႃႄႅႆႇႈႉႊ႐႙ဢ".toCharArray()) {
            assertThat(ShanLetters.isShanOnly(c)).as("U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void sharedMyanmarLettersAreNot() {
        for (char c : "ကခဂငစမယရလဝသဟအ်ျြွှေ".toCharArray()) {
            assertThat(ShanLetters.isShanOnly(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void countsShanOnlyCodePoints() {
        assertThat(ShanLetters.count("ၵူၼ်းတႆး")).isEqualTo(3); // ၵ ၼ ႆ
        assertThat(ShanLetters.count("မြန်မာ")).isZero();
        assertThat(ShanLetters.count("")).isZero();
    }
}
