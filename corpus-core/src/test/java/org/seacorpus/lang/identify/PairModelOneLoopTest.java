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
 * The pair model looks up the n-grams of a word it does not name in one loop ({@link FeatureKeys#ngrams}) instead of
 * having them fed one by one through {@link FeatureKeys#padded}: the log-odds must be the very same double, bit for
 * bit, since the weights are added in the same order. Checked for the shipped model with its marker words folded in
 * (as {@link LatinIdentifier} scores) and without them, on every development sentence, the register pairs, the whole
 * set as one text, and random text of known and invented words.
 */
class PairModelOneLoopTest {
    private static final PairModel PLAIN = LangidModels.builtInPairs().get(0);
    private static final PairModel WITH_MARKERS = PLAIN.withMarkers(ShippedPairModelTest.idMsMarkers());

    private static void assertSameLogOdds(String text) {
        for (PairModel model : List.of(WITH_MARKERS, PLAIN)) {
            double oneLoop = model.logOdds(text);
            double byFeature = model.logOdds(text, false);
            assertThat(Double.doubleToRawLongBits(oneLoop)).as("%s: %s against %s", text, oneLoop, byFeature)
                    .isEqualTo(Double.doubleToRawLongBits(byFeature));
        }
    }

    @Test
    void everyDevelopmentSentenceRegisterPairAndTheWholeSet() {
        List<String> texts = new ArrayList<>();
        DevSet.all().forEach(t -> texts.add(t.text()));
        OwnRegisterText.read(SharedTrainingText.Split.DEV).forEach(t -> texts.add(t.text()));
        texts.forEach(PairModelOneLoopTest::assertSameLogOdds);
        assertSameLogOdds(String.join("\n", texts));
        assertSameLogOdds("");
    }

    @Test
    void aWordTheModelDoesNotNameStillCountsItsNgrams() {
        // invented words: no weight of their own, so only their 4- and 5-grams (and marker weight) can move the odds
        assertThat(WITH_MARKERS.logOdds("pengerusinya kerajaanlah")).isNotEqualTo(WITH_MARKERS.logOdds(""));
        assertSameLogOdds("pengerusinya kerajaanlah");
        assertSameLogOdds("x".repeat(90) + " universitinya");
    }

    @Property(tries = 300)
    void oneLoopIsFeatureByFeature(@ForAll("texts") String text) {
        assertSameLogOdds(text);
    }

    /** Running text of development and invented words ({@link LatinRunningText}). */
    @Provide
    Arbitrary<String> texts() {
        return LatinRunningText.texts(120);
    }
}
