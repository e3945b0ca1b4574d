package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.util.ULocale;

/**
 * Word-level precision, recall and F1 of our segmenters and of plain ICU on the team's gold development sets.
 * Prints the table that docs/segmentation.md reports; fails if we fall below plain ICU or below a sane floor.
 */
class SegmentationGoldTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"th, 0.90", "lo, 0.90", "km, 0.90", "my, 0.90", "vi, 0.90"})
    void oursIsAtLeastPlainIcuAndAboveTheFloor(String lang, double floor) {
        GoldSet gold = GoldSet.load(lang);
        GoldSet.Score ours = gold.score(SEGMENTERS.forLanguage(lang));
        GoldSet.Score icu = gold.score(new IcuSegmenter(new ULocale(lang)));
        System.out.printf("segmentation %s: %d sentences, %d gold words | ours P %.3f R %.3f F1 %.3f | "
                        + "plain ICU P %.3f R %.3f F1 %.3f%n", lang, gold.sentences().size(), ours.gold(),
                ours.precision(), ours.recall(), ours.f1(), icu.precision(), icu.recall(), icu.f1());
        assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ours.f1()).as("F1 of ours vs plain ICU on %s", lang).isGreaterThanOrEqualTo(icu.f1());
        assertThat(ours.f1()).as("F1 of ours on %s", lang).isGreaterThanOrEqualTo(floor);
    }

    /** The fairer figure: sentences the word lists were not written against. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"th", "lo", "km", "my", "vi"})
    void heldOutSetIsScoredToo(String lang) {
        GoldSet gold = GoldSet.heldOut(lang);
        GoldSet.Score ours = gold.score(SEGMENTERS.forLanguage(lang));
        GoldSet.Score icu = gold.score(new IcuSegmenter(new ULocale(lang)));
        System.out.printf("segmentation held-out %s: %d sentences, %d gold words | ours P %.3f R %.3f F1 %.3f | "
                        + "plain ICU P %.3f R %.3f F1 %.3f%n", lang, gold.sentences().size(), ours.gold(),
                ours.precision(), ours.recall(), ours.f1(), icu.precision(), icu.recall(), icu.f1());
        assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ours.gold()).isPositive();
        assertThat(ours.f1()).as("held-out F1 of ours vs plain ICU on %s", lang).isGreaterThanOrEqualTo(icu.f1());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"th", "lo", "km", "my", "vi"})
    void goldTextIsTheSentenceWithoutMarkup(String lang) {
        for (GoldSet.Sentence s : GoldSet.load(lang).sentences()) {
            assertThat(s.text()).doesNotContain("|").doesNotContain("_");
            for (GoldSet.Span w : s.words()) {
                assertThat(s.text().substring(w.start(), w.end())).isNotBlank().doesNotStartWith(" ");
            }
        }
    }
}
