package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The equally weighted F1 of the id/ms measurements: what a set with as many sentences of each language gives. */
class BalancedF1Test {
    private static final String[] LANGS = {"id", "ms", "jv"};

    /** Sentences of the three languages (label, answer) from pairs of indices into {@link #LANGS}. */
    private static List<LabelledText> samples(List<Integer> codes) {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i + 1 < codes.size(); i += 2) {
            out.add(new LabelledText(LANGS[codes.get(i)], "s" + i, "test"));
        }
        return out;
    }

    private static List<Identification> answers(List<Integer> codes) {
        List<Identification> out = new ArrayList<>();
        for (int i = 0; i + 1 < codes.size(); i += 2) {
            out.add(new Identification(LANGS[codes.get(i + 1)], "Latn", 1.0, List.of()));
        }
        return out;
    }

    @Property(tries = 300)
    void repeatingOneLanguagesSentencesLeavesTheEquallyWeightedF1Unchanged(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 2) Integer> codes,
            @ForAll @IntRange(min = 0, max = 2) int language, @ForAll @IntRange(min = 2, max = 7) int times) {
        List<LabelledText> samples = samples(codes);
        List<Identification> answers = answers(codes);
        List<LabelledText> moreSamples = new ArrayList<>(samples);
        List<Identification> moreAnswers = new ArrayList<>(answers);
        for (int r = 1; r < times; r++) {
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).label().equals(LANGS[language])) {
                    moreSamples.add(samples.get(i));
                    moreAnswers.add(answers.get(i));
                }
            }
        }
        double[] before = BalancedF1.equalWeights(samples, answers);
        double[] after = BalancedF1.equalWeights(moreSamples, moreAnswers);
        assertThat(after[0]).isCloseTo(before[0], Offset.offset(1e-9));
        assertThat(after[1]).isCloseTo(before[1], Offset.offset(1e-9));
    }

    @Property(tries = 300)
    void withAsManySentencesOfEachLanguageItIsThePlainF1(
            @ForAll @Size(min = 3, max = 20) List<@IntRange(min = 0, max = 2) Integer> answersOfEach) {
        // every language has answersOfEach.size() sentences; sentence k of each language is answered answersOfEach[k]
        List<LabelledText> samples = new ArrayList<>();
        List<Identification> answers = new ArrayList<>();
        for (String lang : LANGS) {
            for (int k = 0; k < answersOfEach.size(); k++) {
                samples.add(new LabelledText(lang, lang + k, "test"));
                answers.add(new Identification(LANGS[answersOfEach.get(k)], "Latn", 1.0, List.of()));
            }
        }
        double[] equal = BalancedF1.equalWeights(samples, answers);
        LangidEvaluation plain = LangidEvaluation.of(samples, text -> answers.get(indexOf(samples, text)).lang());
        assertThat(equal[0]).isCloseTo(plain.of("id").f1(), Offset.offset(1e-9));
        assertThat(equal[1]).isCloseTo(plain.of("ms").f1(), Offset.offset(1e-9));
    }

    private static int indexOf(List<LabelledText> samples, String text) {
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException(text);
    }

    @Test
    void sixIndonesianErrorsCostMalayPrecisionAsOneWhenIndonesianIsSixTimesCommoner() {
        List<LabelledText> samples = new ArrayList<>();
        List<Identification> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {             // 60 Indonesian sentences, 6 answered Malay
            samples.add(new LabelledText("id", "id" + i, "test"));
            answers.add(new Identification(i < 6 ? "ms" : "id", "Latn", 1.0, List.of()));
        }
        for (int i = 0; i < 10; i++) {             // 10 Malay sentences, all right
            samples.add(new LabelledText("ms", "ms" + i, "test"));
            answers.add(new Identification("ms", "Latn", 1.0, List.of()));
        }
        double[] plain = BalancedF1.f1(samples, answers, t -> 1.0);
        double[] equal = BalancedF1.equalWeights(samples, answers);
        assertThat(plain[1]).isCloseTo(2 * 10.0 / (2 * 10 + 6), Offset.offset(1e-9));    // 0.769
        assertThat(equal[1]).isCloseTo(2 * 1.0 / (2 + 0.1), Offset.offset(1e-9));       // 0.952
    }
}
