package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

/**
 * The Indonesian/Malay split: the pair model's log-odds plus the n-gram model's own log-ratio of the two, the
 * latter bounded to {@value LatinIdentifier#NGRAM_BOUND} nats ({@link LatinIdentifier#NGRAM_BOUND}), reported
 * tempered by {@value LatinIdentifier#PAIR_CALIBRATION}.
 */
class PairSplitBoundTest {
    private static final LanguageIdentifier OWN = new LanguageIdentifier(LanguageProfiles.builtIn(),
            LangidModels.builtIn(), LanguageIdentifier.Weights.DEFAULT, LangidModels.builtInPairs());
    private static final PairModel PAIR = LangidModels.builtInPairs().get(0)
            .withMarkers(ShippedPairModelTest.idMsMarkers());

    /** The reported split's log-odds of Malay, undone from the tempering; NaN when either is not a candidate. */
    private static double splitLogOdds(Identification a) {
        double pId = 0;
        double pMs = 0;
        for (Identification.Candidate c : a.candidates()) {
            pId += c.lang().equals("id") ? c.score() : 0;
            pMs += c.lang().equals("ms") ? c.score() : 0;
        }
        return pId > 0 && pMs > 0 ? Math.log(pMs / pId) / LatinIdentifier.PAIR_CALIBRATION : Double.NaN;
    }

    @Test
    void theNgramModelMovesThePairModelsSplitByAtMostTheBoundOnEveryDevelopmentSentence() {
        List<LabelledText> idMs = DevSet.all().stream()
                .filter(t -> t.label().equals("id") || t.label().equals("ms")).toList();
        int split = 0;
        int atTheBound = 0;
        for (LabelledText t : idMs) {
            Identification a = OWN.identify(t.text());
            double logOdds = splitLogOdds(a);
            if (Double.isNaN(logOdds)) {
                continue;
            }
            split++;
            double moved = logOdds - PAIR.logOdds(t.text());
            assertThat(Math.abs(moved)).as(t.text()).isLessThanOrEqualTo(LatinIdentifier.NGRAM_BOUND + 1e-3);
            atTheBound += Math.abs(moved) > LatinIdentifier.NGRAM_BOUND - 1e-3 ? 1 : 0;
        }
        assertThat(split).isGreaterThan(200);
        assertThat(atTheBound).as("sentences where the bound holds the n-gram model back").isGreaterThan(20);
    }

    /**
     * Indonesian lines of the register pairs' development part (written for the project) that the pair model reads
     * as Indonesian and the n-gram model, unbounded, turned to Malay (at 0.95 and 0.86).
     */
    @Test
    void strongPairEvidenceIsNoLongerOverriddenByTheNgramModelsRatio() {
        for (String indonesian : List.of(
                "Taman kanak-kanak negeri menyediakan pendidikan anak usia dini secara gratis bagi keluarga "
                        + "berpenghasilan rendah.",
                "Siapa yang akan menggantikan beliau sebagai ketua?")) {
            assertThat(PAIR.logOdds(indonesian)).as(indonesian).isLessThan(-2);
            assertThat(LanguageIdentifier.builtIn().identify(indonesian).lang()).as(indonesian).isEqualTo("id");
        }
    }
}
