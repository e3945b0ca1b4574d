package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The n-gram model adds a word's features as one remembered row when its sums are exact
 * ({@link NgramModel#exactLimit}): the evidence must then be the very same doubles, bit for bit, as adding every
 * feature in text order ({@link NgramModel#evidenceByFeature}), for the shipped model and the model knowing the
 * pair words, on running text of every Latin-script language, on words no model has seen, on long and odd words
 * (code points above U+FFFF, which the per-thread table does not keep), and when the per-thread table of words
 * ({@link WordSlots}, 16,384 slots) is full and words push each other out.
 */
class NgramModelExactSumsTest {
    private static final NgramModel BASE = LangidModels.builtIn();
    private static final NgramModel KNOWING_PAIR_WORDS =
            LangidModels.knowingShippedPairWords(BASE, LangidModels.builtInPairs()).orElseThrow();

    private static void assertSameEvidence(NgramModel model, String text) {
        double[] fast = new double[model.labels().size()];
        double[] slow = new double[model.labels().size()];
        int fastFeatures = model.evidence(text, fast);
        int slowFeatures = model.evidenceByFeature(text, slow);
        assertThat(fastFeatures).as(text).isEqualTo(slowFeatures);
        for (int l = 0; l < fast.length; l++) {
            assertThat(Double.doubleToRawLongBits(fast[l])).as("%s, label %d: %s against %s", text, l, fast[l],
                    slow[l]).isEqualTo(Double.doubleToRawLongBits(slow[l]));
        }
    }

    @Test
    void theShippedModelsSumExactlyFarBeyondAnyDocument() {
        // every value is a float ≤ 0 whose lowest bit is at least 2^-23: sums below 2^30 are exact
        assertThat(NgramModel.exactLimit(BASE.tables().gramLogp(), BASE.tables().wordLogp()))
                .isGreaterThanOrEqualTo(Math.scalb(1.0, 30));
        assertThat(NgramModel.exactLimit(BASE.tables().gramLogp(), KNOWING_PAIR_WORDS.tables().wordLogp()))
                .isGreaterThanOrEqualTo(Math.scalb(1.0, 30));
    }

    @Test
    void tablesWithPositiveNonFiniteOrSubnormalValuesHaveNoExactLimit() {
        assertThat(NgramModel.exactLimit(new float[] {-1.5f, -0.25f})).isEqualTo(Math.scalb(1.0, 53 - 2));
        assertThat(NgramModel.exactLimit(new float[] {-1.5f, 0f, -3f})).isEqualTo(Math.scalb(1.0, 53 - 1));
        assertThat(NgramModel.exactLimit(new float[] {-1.5f, 0.5f})).isZero();
        assertThat(NgramModel.exactLimit(new float[] {-1.5f, Float.NaN})).isZero();
        assertThat(NgramModel.exactLimit(new float[] {Float.NEGATIVE_INFINITY})).isZero();
        assertThat(NgramModel.exactLimit(new float[] {-Float.MIN_VALUE})).isZero();
    }

    @Test
    void everyDevelopmentSentenceAndTheWholeSetAsOneText() {
        List<String> texts = new ArrayList<>();
        DevSet.all().forEach(t -> texts.add(t.text()));
        for (NgramModel model : List.of(BASE, KNOWING_PAIR_WORDS)) {
            for (String text : texts) {
                assertSameEvidence(model, text);
                assertSameEvidence(model, text); // now from the remembered rows
            }
            // a long text of thousands of distinct words
            assertSameEvidence(model, String.join("\n", texts));
        }
    }

    @Test
    void wordsPushedOutOfTheTableAndWordsItCannotKeep() {
        // 40,000 distinct invented words, twice: more than the table's 16,384 slots, so words push each other out
        StringBuilder many = new StringBuilder();
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 40_000; i++) {
            for (int k = 3 + random.nextInt(8); k > 0; k--) {
                many.append((char) ('a' + random.nextInt(26)));
            }
            many.append(i % 17 == 0 ? '\n' : ' ');
        }
        for (NgramModel model : List.of(BASE, KNOWING_PAIR_WORDS)) {
            assertSameEvidence(model, many.toString());
            assertSameEvidence(model, many.toString());
            // letters above U+FFFF inside Latin words: added feature by feature, never kept
            assertSameEvidence(model, "kerajaan 𝐤erajaan ker𝐚jaan kerajaan 𝐤erajaan");
            assertSameEvidence(model, "kerajaan 𝐤erajaan ker𝐚jaan kerajaan 𝐤erajaan");
        }
    }

    @Property(tries = 300)
    void wordByWordIsFeatureByFeature(@ForAll("texts") String text) {
        assertSameEvidence(KNOWING_PAIR_WORDS, text);
        assertSameEvidence(BASE, text);
    }

    /** Running text of development and invented words ({@link LatinRunningText}). */
    @Provide
    Arbitrary<String> texts() {
        return LatinRunningText.texts(200);
    }
}
