package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Việt", "Nam", "người", "nghiêng", "được", "quốc", "giếng", "gì", "khuya", "thuở",
        "chuyện", "khuỷu", "xuân", "hoàng", "ngoằn", "ngoèo", "yêu", "oà", "uống", "ĐỒNG", "bánh", "thích", "đẹp",
        "Cửu", "giữa", "quý", "hòa", "hoà", "ạ", "ừ"})
    void wellFormedSyllablesAreRecognised(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "été", "über", "canción", "viêòt", "ViÖt", "straße", "Mädchen", "hoàá", "bát̀",
        "tàp", "lớn̉", "ptô", "ă", "iêo", ""})
    void otherWordsAreNot(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isFalse();
    }

    @Test
    void stopFinalsNeedTheSacOrNangTone() {
        assertThat(VietnameseSyllables.isSyllable("mát")).isTrue();
        assertThat(VietnameseSyllables.isSyllable("mạt")).isTrue();
        assertThat(VietnameseSyllables.isSyllable("màt")).isFalse();
        assertThat(VietnameseSyllables.isSyllable("mat")).isFalse();
    }

    @Test
    void scoreCountsOnlyAccentedWords() {
        VietnameseSyllables.Score score = VietnameseSyllables.score("Nông dân ở Cần Thơ trồng lúa, café và pizza.");
        assertThat(score.words()).isEqualTo(9);
        assertThat(score.syllables()).isEqualTo(8);
        assertThat(VietnameseSyllables.score("").share()).isZero();
    }

    @Test
    void linesAreVietnameseWhenMostAccentedWordsAreSyllables() {
        assertThat(VietnameseSyllables.looksVietnamese("Hoà Bình là một tỉnh miền núi")).isTrue();
        assertThat(VietnameseSyllables.looksVietnamese("Le café de la coopérative à Dalat")).isFalse();
        assertThat(VietnameseSyllables.looksVietnamese("Nguyen Van An")).isFalse();
        assertThat(VietnameseSyllables.looksVietnamese("")).isFalse();
    }
}
