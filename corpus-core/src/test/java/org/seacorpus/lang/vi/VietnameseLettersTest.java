package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseLettersTest {
    @Test
    void vietnameseWithItsDiacriticsIsDecided() {
        var e = VietnameseLetters.measure("Hôm nay trời mưa to, đường phố ngập nước.");
        assertThat(e.isVietnamese()).isTrue();
        assertThat(e.score()).isGreaterThan(0.9);
        assertThat(VietnameseLetters.measure("Cảm ơn").isVietnamese()).isTrue();
    }

    @Test
    void aVietnameseNameInEnglishIsNot() {
        assertThat(VietnameseLetters.measure("Nguyễn Văn An went to the market to buy rice and fish.").isVietnamese())
                .isFalse();
    }

    @Test
    void textWithoutDiacriticsOrWithOtherLanguagesDiacriticsIsLeftToTheModel() {
        assertThat(VietnameseLetters.measure("Hom nay troi mua to").isVietnamese()).isFalse();
        assertThat(VietnameseLetters.measure("Ó bele mai iha loron sábadu? Nia la hatene.").isVietnamese()).isFalse();
        assertThat(VietnameseLetters.measure("Où est la gare? Je ne sais pas.").isVietnamese()).isFalse();
    }

    @Test
    void vietnameseOnlyLetters() {
        assertThat(VietnameseLetters.isVietnameseOnly('đ')).isTrue();
        assertThat(VietnameseLetters.isVietnameseOnly('Ư')).isTrue();
        assertThat(VietnameseLetters.isVietnameseOnly('ệ')).isTrue();
        assertThat(VietnameseLetters.isVietnameseOnly('é')).isFalse();
        assertThat(VietnameseLetters.isVietnameseOnly('a')).isFalse();
    }

    @Test
    void theLatin1QuickCheckNeverHidesVietnamese() {
        // composed, decomposed (o + U+031B horn, a + U+0323 dot below) and upper-case Vietnamese all pass the check
        for (String text : new String[] {"Tôi đang học tiếng Việt.", "To\u031Bi ha\u0323nh phu\u0301c",
                "ĐẠI HỌC QUỐC GIA", "Ăn uống"}) {
            assertThat(VietnameseLetters.mayBeVietnamese(text)).as(text).isTrue();
        }
        // Latin-1 text, accents of French or Portuguese included, cannot hold a Vietnamese-only letter
        for (String text : new String[] {"Saya tidak suka makanan yang terlalu manis.", "Café à São Paulo, été",
                "Toi dang hoc tieng Viet"}) {
            assertThat(VietnameseLetters.mayBeVietnamese(text)).as(text).isFalse();
            assertThat(VietnameseLetters.measure(text).isVietnamese()).as(text).isFalse();
        }
    }

    @Test
    void emptyTextDecidesNothing() {
        var e = VietnameseLetters.measure("");
        assertThat(e.words()).isZero();
        assertThat(e.isVietnamese()).isFalse();
        assertThat(e.score()).isZero();
    }
}
