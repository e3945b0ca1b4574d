package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The generic rules this issue added: soft hyphens and odd spaces. */
class CleanupRulesTest {
    private static Normalizer.Result run(NormalizationRule rule, String text) {
        return new Normalizer(List.of(rule)).normalize(text);
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(run(GenericRules.SOFT_HYPHEN, "").text()).isEmpty();
        assertThat(run(GenericRules.ODD_SPACES, "").text()).isEmpty();
    }

    @Test
    void softHyphensAreRemovedSoThatWordsAreWholeForSearch() {
        Normalizer.Result result = run(GenericRules.SOFT_HYPHEN, "pemba\u00ADngunan ke\u00ADbun");
        assertThat(result.text()).isEqualTo("pembangunan kebun");
        assertThat(result.rules()).containsEntry("soft-hyphen", 2);
    }

    @Test
    void oddSpacesBecomeOrdinarySpaces() {
        Normalizer.Result result = run(GenericRules.ODD_SPACES,
                "100\u00A0km 5\u202F000 a\u2003b c\u3000d e\u2009f");
        assertThat(result.text()).isEqualTo("100 km 5 000 a b c d e f");
        assertThat(result.rules()).containsEntry("odd-spaces", 5);
    }

    @Test
    void zeroWidthCharactersAreNotSpaces() {
        String text = "សួស្តី\u200Bពិភពលោក";
        assertThat(run(GenericRules.ODD_SPACES, text).text()).isSameAs(text);
    }

    @Test
    void tabsBecomeSpacesEvenWhenTheLengthDoesNotChange() {
        assertThat(run(GenericRules.WHITESPACE, "a\tb").text()).isEqualTo("a b");
    }
}
