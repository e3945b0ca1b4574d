package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.search.DisplayWidth;

/** Two texts in columns: wrapped between words, never wider than the column, nothing lost. */
class SideBySideTest {
    private static final String THAI = "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเตรียมแปลงนาตั้งแต่ต้นเดือนพฤษภาคม "
            + "เพราะคาดว่าฝนจะมาเร็วกว่าทุกปี";

    @Test
    void thaiWrapsBetweenWordsWithinTheColumn() {
        List<String> lines = SideBySide.wrap(THAI, 20);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(THAI.replace(" ", ""));
        // a break never falls between a consonant and its vowel or tone mark
        assertThat(lines).allSatisfy(l -> assertThat(Character.getType(l.charAt(0)))
                .isNotEqualTo((int) Character.NON_SPACING_MARK));
    }

    @Test
    void columnsAreAlignedAndLongTextsAreCut() {
        List<String> rows = SideBySide.render(THAI, "ข้าว", 20, 3);
        assertThat(rows).hasSize(4); // 3 rows and the … row
        assertThat(rows).allSatisfy(r -> assertThat(DisplayWidth.of(r.substring(0, r.indexOf(" │ ")))).isEqualTo(20));
        assertThat(rows.get(0)).endsWith(" │ ข้าว");
        assertThat(rows.get(3)).contains("…");
    }

    @Test
    void emptyTextsGiveNoLines() {
        assertThat(SideBySide.wrap("", 20)).isEmpty();
        assertThat(SideBySide.wrap(" \n\n ", 20)).isEmpty();
        assertThat(SideBySide.render("", "", 20, 5)).isEmpty();
    }
}
