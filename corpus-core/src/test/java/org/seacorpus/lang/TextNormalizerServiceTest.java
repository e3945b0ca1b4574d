package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.NormalizerOptions;

class TextNormalizerServiceTest {
    private final TextNormalizerService service =
            TextNormalizerService.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());

    @Test
    void anEmptyLineGivesAnEmptyLine() {
        assertThat(service.line("").text()).isEmpty();
        assertThat(service.document("").text()).isEmpty();
    }

    @Test
    void oneLineInGivesOneLineOutEvenWithLineSeparatorsInside() {
        ScriptAwareNormalizer.Explained result = service.line("ແມ່\u2028ນ້ຳ\u0085ຂອງ");
        assertThat(result.text()).isEqualTo("ແມ່ ນ້ຳ ຂອງ").doesNotContain("\n");
    }

    @Test
    void aDocumentKeepsItsParagraphs() {
        assertThat(service.document("ກ\n\n\n\nຂ\r\nຄ").text()).isEqualTo("ກ\n\nຂ\nຄ");
    }

    @Test
    void anUnknownForcedLanguageIsAUsageErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> TextNormalizerService.create(LanguageProfiles.builtIn(),
                NormalizerOptions.defaults().withLanguage("klingon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown language 'klingon'; known: ")
                .hasMessageContaining("th");
    }

    @Test
    void invisibleCharactersAreMadeVisibleInExplanations() {
        assertThat(TextNormalizerService.visible("a\u200Bb\u00A0c\u00ADd\te\n")).isEqualTo(
                "a<U+200B>b<U+00A0>c<U+00AD>d<U+0009>e⏎");
        assertThat(TextNormalizerService.visible("\u0E48ก")).isEqualTo("◌\u0E48ก");
        assertThat(TextNormalizerService.visible("")).isEmpty();
    }

    @Test
    void describeListsEachFiringOnOneLine() {
        List<String> lines = TextNormalizerService.describe(service.line("a\u200Bb"));
        assertThat(lines).containsExactly("zero-width: a<U+200B>b → ab");
        assertThat(TextNormalizerService.describe(service.line("clean"))).isEmpty();
    }
}
