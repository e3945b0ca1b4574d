package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.LanguageInfo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The per-document glue of identification without streams and second passes must give what the streams and passes
 * gave, to the last bit: the whole text's letter share taken from the paragraphs' scans, the compensated sums of
 * {@link StreamSum}, the winner and its ties found by a loop instead of {@code Stream.max}, and the letters counted
 * only as far as a threshold needs.
 */
class DocumentLoopsTest {
    private static final DocumentIdentifier DOCUMENTS = new DocumentIdentifier(LanguageIdentifier.builtIn().segments());

    @Property(tries = 500)
    void letterShareFromTheScansIsTheWholeTextsShare(@ForAll("texts") String text) {
        String blanked = TextShape.blankAddresses(text);
        TextBuffer buffer = TextBuffer.take(text, blanked);
        try {
            DOCUMENTS.parts(text, blanked, buffer, true);
            assertThat(DocumentIdentifier.letterShare(buffer)).as(text)
                    .isEqualTo(TextShape.letterShare(text.toCharArray(), blanked.toCharArray(), text.length(), 0,
                            text.length()));
        } finally {
            buffer.release();
        }
    }

    @Property(tries = 1000)
    void lettersCountedFarEnoughAnswerTheSame(@ForAll("texts") String text) {
        int all = NgramFeatures.letters(text);
        for (int enough : new int[] {0, 1, SegmentIdentifier.MIN_LATIN_LETTERS, DocumentIdentifier.SHORT_LETTERS}) {
            assertThat(NgramFeatures.letters(text, enough)).as(text).isEqualTo(Math.min(all, enough));
        }
    }

    @Property(tries = 1000)
    void streamSumIsDoubleStreamSum(@ForAll("values") List<Double> values) {
        StreamSum sum = new StreamSum();
        values.forEach(sum::add);
        double expected = values.stream().mapToDouble(Double::doubleValue).sum();
        // every NaN counts as one (a NaN's sign and payload are not Java's to promise: x86 gives either)
        assertThat(Double.doubleToLongBits(sum.sum())).isEqualTo(Double.doubleToLongBits(expected));
    }

    @Property(tries = 1000)
    void winnerIsWhatStreamMaxGave(@ForAll("weights") Map<String, Double> weights) {
        String expected = weights.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> !e.getKey().equals(LanguageInfo.UNDETERMINED))
                        .thenComparing(Map.Entry::getKey, (a, b) -> b.compareTo(a)))
                .map(Map.Entry::getKey)
                .orElse(LanguageInfo.UNDETERMINED);
        assertThat(DocumentIdentifier.winner(weights)).isEqualTo(expected);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(Double.doubleToRawLongBits(DocumentIdentifier.total(weights)))
                .isEqualTo(Double.doubleToRawLongBits(total));
    }

    @Provide
    Arbitrary<String> texts() {
        return MixedTexts.of(" \t\n\r\u00A0\u2007\u202F\u3000\u200B\u2028\u0085", 30,
                "ひらがな", "漢字", "Kerajaan akan membina hospital baharu", "\n", "\n\n");
    }

    @Provide
    Arbitrary<List<Double>> values() {
        Arbitrary<Double> any = Arbitraries.doubles();
        Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, 1e308, -1e308, 1e-300, 0.1, 1.0 / 3,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE);
        return Arbitraries.oneOf(any, special, Arbitraries.doubles().between(0, 100).ofScale(3))
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Map<String, Double>> weights() {
        Arbitrary<String> langs = Arbitraries.of("und", "id", "ms", "en", "th", "vi", "zh", "fil", "ceb", "km");
        Arbitrary<Double> weight = Arbitraries.of(0.0, -0.0, 1.0, 2.5, 12.0, 0.1, 36.0, 3.0 * 12);
        return Arbitraries.maps(langs, Arbitraries.oneOf(weight, Arbitraries.doubles().between(0, 50)))
                .ofMaxSize(8).map(HashMap::new);
    }
}
