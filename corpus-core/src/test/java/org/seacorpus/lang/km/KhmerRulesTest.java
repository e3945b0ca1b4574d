package org.seacorpus.lang.km;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;

class KhmerRulesTest {
    private final Normalizer khmer = new Normalizer(KhmerRules.all());

    private static String apply(NormalizationRule rule, String text) {
        return new Normalizer(List.of(rule)).normalize(text).text();
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(khmer.normalize("").text()).isEmpty();
        assertThat(khmer.normalize("").rules()).isEmpty();
    }

    @Test
    void registerShifterTypedAfterTheVowelGoesBeforeIt() {
        // ប៊ិច (pen): base, triisap, vowel i
        assertThat(apply(KhmerReorder.INSTANCE, "ប\u17B7\u17CAច")).isEqualTo("ប៊ិច");
    }

    @Test
    void coengRoGoesAfterTheOtherSubscript() {
        // ស្ត្រី (woman): coeng-ta then coeng-ro
        assertThat(apply(KhmerReorder.INSTANCE, "ស\u17D2\u179A\u17D2\u178F\u17B8")).isEqualTo("ស្ត្រី");
    }

    @Test
    void vowelTypedBeforeTheSubscriptGoesAfterIt() {
        // ខ្មែរ (Khmer)
        assertThat(apply(KhmerReorder.INSTANCE, "ខ\u17C2\u17D2\u1798រ")).isEqualTo("ខ្មែរ");
        // ស្រូវ (paddy rice)
        assertThat(apply(KhmerReorder.INSTANCE, "ស\u17BC\u17D2\u179Aវ")).isEqualTo("ស្រូវ");
    }

    @Test
    void signTypedBeforeTheVowelGoesAfterIt() {
        // ដាំ (to plant): vowel aa, then nikahit
        assertThat(apply(KhmerReorder.INSTANCE, "ដ\u17C6\u17B6")).isEqualTo("ដាំ");
    }

    @Test
    void splitVowelsTypedAsTheirPartsAreJoined() {
        // កើត (to be born) typed េ + ី; កោះ (island) typed េ + ា, also the other way round
        assertThat(apply(KhmerRules.SPLIT_VOWELS, "ក\u17C1\u17B8ត")).isEqualTo("កើត");
        assertThat(apply(KhmerRules.SPLIT_VOWELS, "ក\u17C1\u17B6ះ")).isEqualTo("កោះ");
        assertThat(apply(KhmerRules.SPLIT_VOWELS, "ក\u17B6\u17C1ះ")).isEqualTo("កោះ");
    }

    @Test
    void deprecatedCharactersAreReplacedByTheirRecommendedSpellings() {
        assertThat(apply(KhmerRules.DEPRECATED, "\u17A3ក")).isEqualTo("អក");
        assertThat(apply(KhmerRules.DEPRECATED, "\u17A4ក")).isEqualTo("អាក");
        assertThat(apply(KhmerRules.DEPRECATED, "ដ\u17B6\u17D3")).isEqualTo("ដាំ");
        assertThat(apply(KhmerRules.DEPRECATED, "ផ្លែឈើ\u17D8")).isEqualTo("ផ្លែឈើ។ល។");
    }

    @Test
    void invisibleInherentVowelsAreDropped() {
        Normalizer.Result result = new Normalizer(List.of(KhmerRules.INHERENT_VOWELS)).normalize("ក\u17B4ខ\u17B5");
        assertThat(result.text()).isEqualTo("កខ");
        assertThat(result.rules()).containsEntry("khmer-inherent-vowels", 2);
    }

    @Test
    void marksTypedTwiceInASyllableAreKeptOnce() {
        assertThat(apply(KhmerRules.DUPLICATE_MARKS, "ដ\u17B6\u17C6\u17C6")).isEqualTo("ដាំ");
        assertThat(apply(KhmerRules.DUPLICATE_MARKS, "ក\u17B8\u17B8")).isEqualTo("កី");
    }

    @Test
    void aWordWithSeveralErrorsComesOutInCanonicalOrder() {
        // ស្ត្រី with coeng-ro first and the vowel typed before both subscripts; កើត typed with parts
        Normalizer.Result result = khmer.normalize("ស\u17B8\u17D2\u179A\u17D2\u178F ក\u17C1\u17B8ត");
        assertThat(result.text()).isEqualTo("ស្ត្រី កើត");
        assertThat(result.rules()).containsEntry("khmer-reorder", 1).containsEntry("khmer-split-vowels", 1);
    }

    @Test
    void irregularSyllablesAreLeftAlone() {
        // a coeng at the end with nothing to subscript
        String text = "ក\u17B8\u17D2";
        assertThat(khmer.normalize(text).text()).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"km/news-rice-farmers-irrigation.md", "km/dialogue-clinic.txt",
        "km/howto-register-ai-course.html", "hard-cases/khmer-zwsp.txt", "hard-cases/dup-near-a.txt"})
    void correctlyTypedKhmerFromTheSampleDataIsUntouched(String file) throws IOException {
        String text = Files.readString(Path.of("..", "sample-data").resolve(file));
        Normalizer.Result result = khmer.normalize(text);
        assertThat(result.rules()).isEmpty();
        assertThat(result.text()).isSameAs(text);
    }

    @Test
    void commonWordsInCanonicalOrderAreUntouched() {
        String text = "កសិករ ស្រូវ បញ្ញាសិប្បនិម្មិត ប៊ិច ធម៌ ពណ៌ ស្ត្រី ខ្មែរ ដាំ កើត កោះ សៀវភៅ ឆ្នាំ ២០២៥";
        assertThat(khmer.normalize(text).text()).isSameAs(text);
    }
}
