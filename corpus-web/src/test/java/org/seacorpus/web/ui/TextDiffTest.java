package org.seacorpus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The before/after of normalisation, cut where a reader sees a change and never inside a grapheme. */
class TextDiffTest {
    @Test
    void thaiMarksStayWithTheirLetter() {
        // the tone mark before the vowel above (as typed) and after it (normalised): น + ํ + า vs น + ำ
        String before = "ชาวนาทํางาน\nบรรทัดเดิม";
        String after = "ชาวนาทำงาน\nบรรทัดเดิม";
        List<TextDiff.Line> lines = TextDiff.lines(before, after);
        assertThat(lines).hasSize(1);
        TextDiff.Line line = lines.get(0);
        assertThat(String.join("", line.before())).isEqualTo("ชาวนาทํางาน");
        assertThat(String.join("", line.after())).isEqualTo("ชาวนาทำงาน");
        assertThat(line.before().get(0)).isEqualTo("ชาวนา");
        assertThat(line.after().get(1)).startsWith("ท").contains("ำ");
        assertThat(line.before().get(2)).isEqualTo(line.after().get(2)).isEqualTo("งาน");
    }

    @Test
    void blankLinesDroppedByNormalisationDoNotShiftTheComparison() {
        List<TextDiff.Line> lines = TextDiff.lines("\n\nលោក  សុខ\n\n\nបាទ\n", "លោក សុខ\nបាទ");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines.get(0).before().get(1)).isEqualTo(" ");
    }

    @Test
    void nothingChangedIsNoLine() {
        assertThat(TextDiff.lines(null, "ข้าว")).isEmpty();
        assertThat(TextDiff.lines("ข้าว", "ข้าว")).isEmpty();
        assertThat(TextDiff.lines("", "")).isEmpty();
    }
}
