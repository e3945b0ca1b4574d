package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

class StopwordsTest {
    private final Stopwords stopwords = Stopwords.builtIn();

    @Test
    void everyLanguageButUndeterminedHasAList() {
        for (LanguageProfile p : LanguageProfiles.builtIn().all()) {
            if (!p.code().equals("und")) {
                assertThat(stopwords.of(p.code())).as(p.code()).hasSizeGreaterThanOrEqualTo(25);
            }
        }
        assertThat(stopwords.of("und")).isEmpty();
        assertThat(stopwords.of("../etc")).isEmpty();
    }

    @Test
    void wordsAreComparedInLowerCaseAndNfc() {
        assertThat(stopwords.contains("id", "Yang")).isTrue();
        assertThat(stopwords.contains("vi", "Của")).isTrue();
        assertThat(stopwords.contains("vi", "cu\u0309a")).isTrue(); // decomposed ủ
        assertThat(stopwords.contains("th", "ที่")).isTrue();
        assertThat(stopwords.contains("km", "និង")).isTrue();
        assertThat(stopwords.contains("th", "ข้าว")).isFalse();
        assertThat(stopwords.contains("th", "")).isFalse();
    }

    @Test
    void textBelowTheCombiningMarksIsInNfc() {
        // what Stopwords.fold's shortcut relies on: each char below U+0300 is a starter that NFC keeps as it is
        // and that never composes with a character before it, so any text of them is in NFC
        com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
        for (char c = 0; c < Stopwords.FIRST_COMBINING_MARK; c++) {
            String alone = String.valueOf(c);
            assertThat(nfc.quickCheck(alone)).as("U+%04X", (int) c).isEqualTo(com.ibm.icu.text.Normalizer.YES);
            assertThat(com.ibm.icu.lang.UCharacter.getCombiningClass(c)).as("U+%04X", (int) c).isZero();
            assertThat(java.text.Normalizer.isNormalized(alone, java.text.Normalizer.Form.NFC)).isTrue();
            assertThat(Stopwords.belowCombiningMarks(alone)).isTrue();
        }
        assertThat(Stopwords.belowCombiningMarks("cu\u0309a")).isFalse();
        assertThat(Stopwords.belowCombiningMarks("ที่")).isFalse();
    }

    @Test
    void theFoldIsLowerCaseThenNfc() {
        java.util.Random random = new java.util.Random(16);
        String[] pieces = {"A", "a", "İ", "I", "ß", "Ǆ", "e\u0301", "\u0301", "Ư", "u\u031B\u0309", "ÿ", "ſ", "K", "Å",
                "ที่", "ແລະ", "និង", "ﾊﾟ", "Ω", "ǅ", "\u00C0", "A\u0300"};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String word = b.toString();
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            assertThat(Stopwords.fold(word)).as(word)
                    .isEqualTo(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFC));
        }
    }
}
