package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Lingua asked about the languages of one contest only (Indonesian and Malay) must split them exactly as the
 * detector of all five languages does: {@link LatinIdentifier} relies on it to ask the cheaper detector.
 */
class LinguaScorerTest {
    @Test
    void theIndonesianMalayRatioIsTheSameWhicheverOtherLanguagesAreAsked() {
        List<String> sentences = List.of(
                "Saya tidak suka makanan yang terlalu manis.",
                "Kerajaan negeri bercadang membaiki jalan yang rosak sebelum musim tengkujuh.",
                "Pemerintah daerah berencana memperbaiki jalan yang rusak sebelum musim hujan.",
                "Tolong bantu saya angkat kotak ini.",
                "Aku nggak tahu dia ada di mana sekarang.");
        for (String sentence : sentences) {
            Map<String, Double> all = LinguaScorer.relativeConfidence(sentence);
            Map<String, Double> pair = LinguaScorer.relativeConfidence(sentence, Set.of("id", "ms"));
            assertThat(pair.keySet()).as(sentence).containsExactlyInAnyOrder("id", "ms");
            assertThat(Math.log(pair.get("ms") / pair.get("id"))).as(sentence)
                    .isCloseTo(Math.log(all.get("ms") / all.get("id")), Offset.offset(1e-9));
        }
    }

    @Test
    void aContestOfOneLanguageOrOfAllOfThemAsksTheFullDetector() {
        String sentence = "The committee will meet again next Thursday to decide on the budget.";
        assertThat(LinguaScorer.relativeConfidence(sentence, Set.of("en")))
                .isEqualTo(LinguaScorer.relativeConfidence(sentence));
        assertThat(LinguaScorer.relativeConfidence(sentence, LinguaScorer.LANGUAGES))
                .isEqualTo(LinguaScorer.relativeConfidence(sentence));
        assertThat(LinguaScorer.relativeConfidence(sentence).keySet().iterator().next()).isEqualTo("en");
    }
}
