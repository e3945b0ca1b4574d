package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.util.ULocale;

/**
 * Word-level precision, recall and F1 of our segmenters and of plain ICU on the team's gold sets: the development
 * part (looked at while working) and the test part (written before the lexicon segmenter, scored only for the
 * reported figures, never changed after). Fails if a language falls below plain ICU plus its margin, or below a
 * sane floor. The margin is issue #15's aim, ICU + 0.05, for every language and part. The full table
 * (with the previous segmenter and the independent sets) is {@link SegmentationScoresReport}.
 */
class SegmentationGoldTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"th, dev, 30, 0.05, 0.90", "lo, dev, 30, 0.05, 0.90", "km, dev, 30, 0.05, 0.90",
                "my, dev, 30, 0.05, 0.90", "vi, dev, 30, 0.05, 0.90",
                "th, test, 290, 0.05, 0.85", "lo, test, 290, 0.05, 0.85", "km, test, 290, 0.05, 0.83",
                "my, test, 290, 0.05, 0.85", "vi, test, 290, 0.05, 0.80"})
    void oursBeatsPlainIcuByTheMarginAndStaysAboveTheFloor(String lang, String part, int sentences, double margin,
                                                           double floor) {
        GoldSet gold = "dev".equals(part) ? GoldSet.dev(lang) : GoldSet.test(lang);
        GoldSet.Score ours = gold.score(SEGMENTERS.forLanguage(lang));
        GoldSet.Score icu = gold.score(new IcuSegmenter(new ULocale(lang)));
        assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(sentences);
        assertThat(ours.f1()).as("F1 of ours (%.3f) vs plain ICU (%.3f) + %s on %s %s", ours.f1(), icu.f1(),
                margin, part, lang).isGreaterThanOrEqualTo(icu.f1() + margin);
        assertThat(ours.f1()).as("F1 of ours on %s %s", part, lang).isGreaterThanOrEqualTo(floor);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"th, dev", "lo, dev", "km, dev", "my, dev", "vi, dev", "th, test", "lo, test", "km, test",
                "my, test", "vi, test"})
    void goldTextIsTheSentenceWithoutMarkup(String lang, String part) {
        GoldSet gold = "dev".equals(part) ? GoldSet.dev(lang) : GoldSet.test(lang);
        for (GoldSet.Sentence s : gold.sentences()) {
            assertThat(s.text()).doesNotContain("|");
            if ("vi".equals(lang)) {
                assertThat(s.text()).doesNotContain("_");
            }
            for (GoldSet.Span w : s.words()) {
                assertThat(s.text().substring(w.start(), w.end())).isNotBlank().doesNotStartWith(" ")
                        .doesNotEndWith(" ");
            }
        }
    }
    /**
     * The mechanical checks of the enlarged sets: every gold word, less edge punctuation, is written in the
     * language's script, with digits, Latin letters (names, loanwords, units) and inner punctuation allowed, but
     * never a letter of another script (a Thai letter in a Lao word); and no sentence is in the set twice or in
     * both parts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"th, THAI", "lo, LAO", "km, KHMER", "my, MYANMAR", "vi, LATIN"})
    void goldWordsAreInTheirScriptAndNoSentenceRepeats(String lang, String scriptName) {
        Character.UnicodeScript script = Character.UnicodeScript.valueOf(scriptName);
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (String part : new String[] {"dev", "test"}) {
            GoldSet gold = "dev".equals(part) ? GoldSet.dev(lang) : GoldSet.test(lang);
            for (GoldSet.Sentence s : gold.sentences()) {
                assertThat(seen.put(s.text(), part)).as("sentence repeated (%s): %s", part, s.text()).isNull();
                for (GoldSet.Span w : s.words()) {
                    String word = s.text().substring(w.start(), w.end());
                    word.codePoints().forEach(c -> {
                        Character.UnicodeScript of = Character.UnicodeScript.of(c);
                        boolean allowed = of == script || of == Character.UnicodeScript.COMMON
                                || of == Character.UnicodeScript.INHERITED || of == Character.UnicodeScript.LATIN;
                        assertThat(allowed).as("%s in gold word %s of %s %s", of, word, lang, part).isTrue();
                    });
                }
            }
        }
    }
}
