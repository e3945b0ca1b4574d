package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.QualityThresholds;

/**
 * The filter per language on real text: the project's sample articles pass their language's thresholds, and
 * the same text made into typical web junk fails for the reason it should.
 */
class QualityFilterTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private final QualityFilter filter = QualityFilter.of(PROFILES);

    private static String sample(String file) throws IOException {
        return Normalizer.normalize(Files.readString(SAMPLE_DATA.resolve(file)), Normalizer.Form.NFC);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"th, th/news-rice-farmers-ai.txt", "lo, lo/howto-sticky-rice.txt", "km, km/dialogue-clinic.txt",
        "my, my/dialogue-market.txt", "shn, shn/dialogue-market.txt", "vi, vi/hoi-thoai-cho.txt",
        "id, id/berita-panen-padi.txt", "ms, ms/dialog-di-klinik.txt", "fil, fil/usapan-sa-paaralan.md",
        "jv, jv/pawarta-tandur-pari.txt", "su, su/paguneman-di-terminal.txt",
        "ceb, ceb/balita-mangingisda-camotes.txt", "tet, tet/dialogu-iha-merkadu.txt",
        "ta, ta/news-pongal-rice-farmers.txt", "zh, zh/dialogue-clinic-traditional.txt",
        "en, en/news-regional-ai-language-data.md"})
    void realArticlesPassTheirLanguagesThresholds(String lang, String file) throws IOException {
        QualitySignals s = QualityAnalyzerTest.measure(lang, sample(file));
        assertThat(filter.failures(lang, s)).as(s.toString()).isEmpty();
        assertThat(s.get(Signal.STOPWORDS)).as("stopwords of " + lang).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"th, th/news-rice-farmers-ai.txt", "km, km/dialogue-clinic.txt", "vi, vi/hoi-thoai-cho.txt",
        "id, id/berita-panen-padi.txt", "my, my/dialogue-market.txt"})
    void theSameTextRepeatedIsRemovedForRepetition(String lang, String file) throws IOException {
        String text = sample(file);
        String paragraph = text.lines().filter(l -> l.length() > 40).findFirst().orElseThrow();
        QualitySignals s = QualityAnalyzerTest.measure(lang, (paragraph + "\n").repeat(6));
        assertThat(filter.failures(lang, s)).contains(QualityRule.MAX_DUP_LINE_CHARS, QualityRule.MAX_DUP10GRAM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"th, th/news-rice-farmers-ai.txt", "lo, lo/howto-sticky-rice.txt", "ta, ta/news-pongal-rice-farmers.txt",
        "fil, fil/usapan-sa-paaralan.md"})
    void aFewWordsOfALanguageAreTooShort(String lang, String file) throws IOException {
        String title = sample(file).lines().findFirst().orElseThrow();
        assertThat(filter.failures(lang, QualityAnalyzerTest.measure(lang, title))).contains(QualityRule.MIN_WORDS);
    }

    @Test
    void aListOfNumbersHasNoStopwordsAndTooManyNonAlphabeticWords() {
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            table.append(i).append(' ').append(i * 37 % 1000).append(' ').append("kg\n");
        }
        QualitySignals s = QualityAnalyzerTest.measure("ms", table.toString());
        assertThat(filter.failures("ms", s)).contains(QualityRule.MAX_NON_ALPHA_WORDS, QualityRule.MIN_STOPWORDS,
                QualityRule.MAX_NEWLINES_PER_WORD);
    }

    @Test
    void thresholdsComeFromTheProfileThenTheOverrides() {
        QualityThresholds thai = filter.thresholds("th");
        assertThat(thai.minLangScore()).isEqualTo(0.9);
        assertThat(thai.maxDupLines()).isEqualTo(0.349);
        assertThat(thai.maxNonAlphaWords()).isEqualTo(0.1); // FineWeb-2's 0.9 share of alphabetic words
        assertThat(thai.minWords()).isEqualTo(50); // Gopher's default, which FineWeb-2 kept
        assertThat(filter.thresholds("und").minStopwords()).isZero();
        assertThat(filter.source("km")).isEqualTo("FineWeb-2 configs/khm_Khmr.yml");

        QualityFilter custom = QualityFilter.of(PROFILES, Map.of("*", Map.of("min_words", 20)),
                Map.of("th", Map.of("min_words", "30", "max_dup_lines", 0.5)));
        assertThat(custom.thresholds("th").minWords()).isEqualTo(30);
        assertThat(custom.thresholds("th").maxDupLines()).isEqualTo(0.5);
        assertThat(custom.thresholds("th").maxTop2gram()).isEqualTo(0.221);
        assertThat(custom.thresholds("km").minWords()).isEqualTo(20);
        assertThat(custom.source("th")).endsWith(", with overrides");
    }

    @Test
    void aBadOverrideIsRefusedWithTheKnownKeys() {
        assertThatThrownBy(() -> QualityFilter.of(PROFILES, Map.of("th", Map.of("max_dup_line", 0.2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_dup_line")
                .hasMessageContaining("max_dup_lines");
        assertThatThrownBy(() -> QualityFilter.of(PROFILES, Map.of("th", Map.of("min_words", "many"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("many");
        assertThatThrownBy(() -> QualityFilter.of(PROFILES, Map.of("th", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a map");
    }

    @Test
    void noSignalsAtAllFailTheMinimumRulesOnly() {
        QualitySignals empty = QualitySignals.of(QualityAnalyzer.VERSION, Map.of());
        assertThat(filter.failures("th", empty)).allMatch(QualityRule::isMinimum)
                .contains(QualityRule.MIN_WORDS, QualityRule.MIN_STOPWORDS, QualityRule.MIN_LANG_SCORE);
    }
}
