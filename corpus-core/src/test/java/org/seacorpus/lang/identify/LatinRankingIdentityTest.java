package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.MarkerWords;

/**
 * {@link LatinIdentifier} ranks, splits and re-sorts its candidates as primitive arrays (session 13); this checks that
 * it gives the very candidates, to the last bit and in the same order, that the list-of-candidates form it replaced
 * gives ({@link ListRanking}, that form kept here as the reference): on every Latin-script development sentence, and
 * on sentences made of their words in random order and number, where close pairs, short lines and ties come up.
 */
class LatinRankingIdentityTest {
    private static final LatinIdentifier LATIN = LanguageIdentifier.builtIn().loadLatin().segments().latin();
    private static final List<String> WORDS = words();

    private static List<String> words() {
        Set<String> out = new LinkedHashSet<>();
        for (LabelledText t : DevSet.load(DevSet.LATIN)) {
            out.addAll(Arrays.asList(t.text().split("\\s+")));
        }
        return List.copyOf(out);
    }

    private static void assertSameRanking(String text) {
        assertThat(LATIN.rank(text)).as(text).containsExactlyElementsOf(ListRanking.rank(LATIN, text));
    }

    @Test
    void everyLatinDevelopmentSentence() {
        List<LabelledText> lines = DevSet.load(DevSet.LATIN);
        assertThat(lines).hasSizeGreaterThan(500);
        for (LabelledText t : lines) {
            assertSameRanking(t.text());
        }
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(30).map(w -> String.join(" ", w));
    }

    @Property(tries = 400)
    void sentencesOfTheirWords(@ForAll("sentences") String text) {
        assertSameRanking(text);
    }

    @Test
    void emptyAndWordlessTextHaveNoCandidates() {
        assertThat(LATIN.rank("")).isEmpty();
        assertThat(ListRanking.rank(LATIN, "")).isEmpty();
        assertSameRanking("123 456 !!");
    }

    /** The ranking as sessions 1 to 12 wrote it: lists of candidate records, re-sorted after every split. */
    private static final class ListRanking {
        private static final Comparator<Identification.Candidate> BEST_FIRST =
                Comparator.comparingDouble(Identification.Candidate::score).reversed();

        static List<Identification.Candidate> rank(LatinIdentifier latin, String text) {
            NgramModel model = latin.model();
            double[] sums = new double[model.labels().size()];
            if (model.evidence(text, sums) == 0) {
                return List.of();
            }
            double[] p = NgramModel.softmax(sums, 1.0 / model.temperature());
            double latinMass = 0;
            for (int l = 0; l < p.length; l++) {
                latinMass += LatinIdentifier.LATIN.equals(model.scripts().get(l)) ? p[l] : 0;
            }
            List<Identification.Candidate> ranked = new ArrayList<>();
            for (int l = 0; l < p.length; l++) {
                if (LatinIdentifier.LATIN.equals(model.scripts().get(l))) {
                    ranked.add(new Identification.Candidate(model.labels().get(l), p[l] / latinMass));
                }
            }
            if (ranked.isEmpty() || latinMass <= 0) {
                return List.of();
            }
            ranked.sort(BEST_FIRST);
            List<PairModel> pairs = latin.pairs();
            double[] odds = new double[pairs.size()];
            Arrays.fill(odds, Double.NaN);
            if (latin.markerWeight() > 0) {
                for (int i = 0; i < pairs.size(); i++) {
                    PairModel pair = pairs.get(i);
                    String best = ranked.get(0).lang();
                    if (best.equals(pair.first()) || best.equals(pair.second())) {
                        if (Double.isNaN(odds[i])) {
                            odds[i] = pair.logOdds(text);
                        }
                        double logOdds = odds[i];
                        ranked = resplit(ranked, pair.first(), pair.second(), r -> logOdds + LatinIdentifier.NGRAM_SHARE
                                * Math.max(-LatinIdentifier.NGRAM_BOUND, Math.min(LatinIdentifier.NGRAM_BOUND, r)));
                    }
                }
                for (MarkerWords words : latin.markersWithoutPairModel()) {
                    if (words.concerns(ranked.get(0).lang())) {
                        double o = words.logOdds().applyAsDouble(text);
                        if (o != 0) {
                            double weight = latin.markerWeight();
                            ranked = resplitByMarkers(ranked, words.first(), words.second(), o * weight);
                        }
                    }
                }
            }
            for (int i = 0; i < pairs.size(); i++) {
                if (!Double.isNaN(odds[i])) {
                    ranked = resplit(ranked, pairs.get(i).first(), pairs.get(i).second(),
                            r -> LatinIdentifier.PAIR_CALIBRATION * r);
                }
            }
            return ranked;
        }

        private static List<Identification.Candidate> resplit(List<Identification.Candidate> ranked, String first,
                                                              String second, DoubleUnaryOperator logit) {
            double pFirst = score(ranked, first);
            double pSecond = score(ranked, second);
            if (pFirst <= 0 || pSecond <= 0) {
                return ranked;
            }
            double mass = pFirst + pSecond;
            double newSecond = mass * PairTrainer.sigmoid(logit.applyAsDouble(Math.log(pSecond / pFirst)));
            return replaced(ranked, first, mass - newSecond, second, newSecond);
        }

        private static List<Identification.Candidate> resplitByMarkers(List<Identification.Candidate> ranked,
                                                                       String first, String second, double moved) {
            double pFirst = score(ranked, first);
            double pSecond = score(ranked, second);
            if (pFirst <= 0 || pSecond <= 0) {
                return ranked;
            }
            double logit = Math.log(pSecond / pFirst) + moved;
            double newSecond = (pFirst + pSecond) / (1 + Math.exp(-logit));
            return replaced(ranked, first, pFirst + pSecond - newSecond, second, newSecond);
        }

        private static double score(List<Identification.Candidate> ranked, String lang) {
            double p = 0;
            for (Identification.Candidate c : ranked) {
                p += c.lang().equals(lang) ? c.score() : 0;
            }
            return p;
        }

        private static List<Identification.Candidate> replaced(List<Identification.Candidate> ranked, String first,
                                                               double pFirst, String second, double pSecond) {
            List<Identification.Candidate> out = new ArrayList<>();
            for (Identification.Candidate c : ranked) {
                out.add(c.lang().equals(first) ? new Identification.Candidate(first, pFirst)
                        : c.lang().equals(second) ? new Identification.Candidate(second, pSecond) : c);
            }
            out.sort(BEST_FIRST);
            return out;
        }
    }
}
