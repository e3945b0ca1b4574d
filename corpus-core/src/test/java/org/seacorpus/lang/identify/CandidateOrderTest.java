package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

/**
 * {@link CandidateOrder#sortBestFirst} orders label indices exactly as the stable sort with the descending-score
 * comparator orders the candidates.
 */
class CandidateOrderTest {
    private static final Comparator<Identification.Candidate> BEST_FIRST =
            Comparator.comparingDouble(Identification.Candidate::score).reversed();

    /** Scores from a small set, so that ties are common, with the two zeros and the ends of the range. */
    @Provide
    Arbitrary<List<Double>> scores() {
        return Arbitraries.of(0.0, -0.0, 1e-12, 0.001, 0.25, 0.5, 0.5000000000000001, 0.75, 0.999, 1.0)
                .list().ofMaxSize(14);
    }

    @Property(tries = 2000)
    void sameOrderAsTheStableComparatorSort(@ForAll("scores") List<Double> scores) {
        List<Identification.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {   // a distinct label each, so that the order of ties shows
            candidates.add(new Identification.Candidate("l" + i, scores.get(i)));
        }
        List<Identification.Candidate> expected = new ArrayList<>(candidates);
        expected.sort(BEST_FIRST);
        assertThat(sortedByIndex(scores)).containsExactlyElementsOf(expected);
    }

    /** The candidates l0, l1, … of {@code scores} in the order the index sort gives. */
    private static List<Identification.Candidate> sortedByIndex(List<Double> scores) {
        double[] score = new double[scores.size()];
        int[] order = new int[scores.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = scores.get(i);
            order[i] = i;
        }
        CandidateOrder.sortBestFirst(order, order.length, score);
        List<Identification.Candidate> out = new ArrayList<>();
        for (int i : order) {
            out.add(new Identification.Candidate("l" + i, score[i]));
        }
        return out;
    }

    @Test
    void theIdentifiersOwnCandidatesOnRealSentences() {
        LanguageIdentifier own = new LanguageIdentifier(org.seacorpus.lang.LanguageProfiles.builtIn(),
                LangidModels.builtIn(), LanguageIdentifier.Weights.DEFAULT);
        for (String sentence : List.of(
                "Kerajaan akan membina hospital baharu di Johor.",
                "Pemerintah akan membangun rumah sakit baru di Jawa Timur.",
                "Kami sedang menunggu orang ambil di lobi hotel.",
                "Ang mga bata ay naglalaro sa labas ng bahay.",
                "Aku arep lunga menyang pasar karo ibu.")) {
            List<Identification.Candidate> ranked = own.identify(sentence).candidates();
            List<Identification.Candidate> resorted = new ArrayList<>(ranked);
            resorted.sort(BEST_FIRST);
            assertThat(ranked).as(sentence).hasSizeGreaterThan(5).containsExactlyElementsOf(resorted);
        }
    }

    @Test
    void emptyAndSingleListsStayAsTheyAre() {
        assertThat(sortedByIndex(List.of())).isEmpty();
        assertThat(sortedByIndex(List.of(0.7))).containsExactly(new Identification.Candidate("l0", 0.7));
    }

    @Test
    void onlyThePrefixIsSorted() {
        double[] score = {0.1, 0.2, 0.9};
        int[] order = {0, 1, 2};
        CandidateOrder.sortBestFirst(order, 2, score);
        assertThat(order).containsExactly(1, 0, 2);
    }
}
