package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleFiringTest {
    @Test
    void theSnippetIsTheChangedStretchWithSomeContext() {
        String before = "Một hai ba bốn năm sáu bảy tám chín mười hoà bình mười một mười hai mười ba mười bốn";
        String after = before.replace("hoà", "hòa");
        RuleFiring firing = RuleFiring.of("vietnamese-tone", before, after);
        // the change is o+̀ → ò+a inside "hoà"; twelve characters of context on each side
        assertThat(firing.before()).isEqualTo(" chín mười hoà bình mười m");
        assertThat(firing.after()).isEqualTo(" chín mười hòa bình mười m");
    }

    @Test
    void aCutNeverSeparatesAMarkFromItsLetter() {
        String before = "กกกกกกกกกกกกกกกกกี่กกกกก ก\u0E48\u0E35";
        String after = "กกกกกกกกกกกกกกกกกี่กกกกก กี่";
        RuleFiring firing = RuleFiring.of("thai-mark-order", before, after);
        assertThat(Character.getType(firing.before().charAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        assertThat(firing.after()).endsWith("กี่");
    }

    @Test
    void emptyTextsGiveEmptySnippets() {
        assertThat(RuleFiring.of("x", "", "")).isEqualTo(new RuleFiring("x", "", ""));
        assertThat(RuleFiring.of("bom", "\uFEFF", "")).isEqualTo(new RuleFiring("bom", "\uFEFF", ""));
    }

    @Test
    void longChangesAreShortenedInTheMiddle() {
        String before = "x".repeat(500);
        String after = "y".repeat(500);
        RuleFiring firing = RuleFiring.of("zawgyi", before, after);
        assertThat(firing.before()).contains("…").hasSizeLessThan(RuleFiring.MAX_CHANGED + 2 * RuleFiring.CONTEXT + 2);
    }
}
