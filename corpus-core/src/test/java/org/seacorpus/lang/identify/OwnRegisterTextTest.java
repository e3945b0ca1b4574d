package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The project's own Indonesian/Malay text ({@code langid/idms-registers/}): every file reads, no key or sentence is
 * there twice, the two sides of a pair fall in the same part, and the parts of the third batch hold what its README
 * says.
 */
class OwnRegisterTextTest {

    private static List<LabelledText> all(SharedTrainingText.Split split, List<String> registers) {
        return OwnRegisterText.read(split, registers);
    }

    @Test
    void bothSidesOfAPairShareTheirPartAndTheThirdBatchRepeatsNoSentence() {
        List<String> registers = new java.util.ArrayList<>(OwnRegisterText.REGISTERS);
        registers.addAll(OwnRegisterText.THIRD_BATCH);
        Map<String, SharedTrainingText.Split> partOfKey = new HashMap<>();
        Set<String> earlier = new HashSet<>();
        Set<String> third = new HashSet<>();
        for (SharedTrainingText.Split split : SharedTrainingText.Split.values()) {
            for (LabelledText t : all(split, registers)) {
                String key = t.source().substring(t.source().indexOf(' ') + 1);   // register:key
                SharedTrainingText.Split was = partOfKey.putIfAbsent(key, split);
                assertThat(was == null || was == split).as("both sides of %s in one part", key).isTrue();
                assertThat(t.text()).isNotBlank();
                boolean ofThird = OwnRegisterText.THIRD_BATCH.contains(key.substring(0, key.indexOf(':')));
                (ofThird ? third : earlier).add(t.text());
            }
        }
        // 355 pairs; two are the same words on both sides: one in the training part (one text), one left out
        assertThat(third).hasSize(2 * 353 + 1);
        assertThat(third).doesNotContainAnyElementsOf(earlier);
    }

    @Test
    void theThirdBatchHasItsMeasuredPartsAndBothStandardsInEach() {
        List<LabelledText> dev = all(SharedTrainingText.Split.DEV, OwnRegisterText.THIRD_BATCH);
        List<LabelledText> fin = all(SharedTrainingText.Split.FINAL, OwnRegisterText.THIRD_BATCH);
        List<LabelledText> train = all(SharedTrainingText.Split.TRAIN, OwnRegisterText.THIRD_BATCH);
        assertThat(dev).hasSize(78);
        assertThat(fin).hasSize(100);
        assertThat(train).hasSize(2 * 265);
        for (List<LabelledText> part : List.of(dev, fin, train)) {
            assertThat(part.stream().filter(t -> t.label().equals("ms")).count())
                    .isEqualTo(part.stream().filter(t -> t.label().equals("id")).count());
        }
        // a Malaysian sentence and its Indonesian counterpart, as written
        assertThat(train).extracting(LabelledText::text).contains(
                "Kau dah makan ke belum?", "Kamu sudah makan atau belum?");
    }

    @Test
    void aPairWithTheSameWordsOnBothSidesIsLeftOutOfTheMeasuredParts() {
        assertThat(OwnRegisterText.sameWords("Boleh saya tahu kenapa permohonan saya ditolak?",
                "Boleh saya tahu kenapa permohonan saya ditolak?")).isTrue();
        assertThat(OwnRegisterText.sameWords("Kau dah makan ke belum?", "Kamu sudah makan atau belum?")).isFalse();
        for (SharedTrainingText.Split split : List.of(SharedTrainingText.Split.DEV, SharedTrainingText.Split.FINAL)) {
            List<LabelledText> part = all(split, OwnRegisterText.THIRD_BATCH);
            assertThat(part).extracting(LabelledText::text)
                    .doesNotContain("Boleh saya tahu kenapa permohonan saya ditolak?",
                            "Saya dekat pintu masuk utama, pakai baju merah.");
        }
    }
}
