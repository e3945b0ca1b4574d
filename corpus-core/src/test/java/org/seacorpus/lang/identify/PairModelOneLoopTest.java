package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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
    private static final List<String> WORDS = devWords();

    private static List<String> devWords() {
        List<String> words = new ArrayList<>();
        for (LabelledText t : DevSet.load(DevSet.LATIN)) {
            for (String w : t.text().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return List.copyOf(words);
    }

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

    /**
     * Running text of development words, mixed with invented words (letters of several scripts, apostrophes and
     * hyphens between letters, words longer than the 40 characters the features keep), upper-cased or decomposed
     * (NFD), with digits and punctuation between.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> known = Arbitraries.of(WORDS);
        Arbitrary<String> invented = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzéèêñçđơưă'-’ʼ‐ABCÉĐ")
                .withCharRange('\u0E01', '\u0E30').withCharRange('\u0300', '\u0303')
                .ofMinLength(1).ofMaxLength(50);
        Arbitrary<String> cased = known.map(String::toUpperCase);
        Arbitrary<String> decomposed = known.map(w -> Normalizer.normalize(w, Normalizer.Form.NFD));
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(8, known), Tuple.of(3, invented),
                Tuple.of(1, cased), Tuple.of(1, decomposed));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", ", ", ". ", " 42 ", "-", "'", "\t", " (", ") ");
        return Arbitraries.entries(word, gap).list().ofMaxSize(120).map(pairs -> {
            StringBuilder out = new StringBuilder();
            pairs.forEach(e -> out.append(e.getKey()).append(e.getValue()));
            return out.toString();
        });
    }
}
