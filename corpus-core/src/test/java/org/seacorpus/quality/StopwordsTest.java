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
}
