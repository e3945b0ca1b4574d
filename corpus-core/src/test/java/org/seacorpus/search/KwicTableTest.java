package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hit column lines up in the terminal whatever marks the contexts carry. */
class KwicTableTest {
    @Test
    void hitsStartInOneColumnWithThaiAndBurmeseMarks() {
        List<KwicLine> lines = List.of(
                KwicLines.line("0a1b2c3d4e5f6a7b", "นักท่องเที่ยวชอบกิน", "ข้าว", "เหนียวมะม่วง", List.of(), List.of()),
                KwicLines.line("1a1b2c3d4e5f6a7b", "ที่นี่", "ข้าว", "ใหม่", List.of(), List.of()),
                KwicLines.line("2a1b2c3d4e5f6a7b", "မိုးနည်းသောကြောင့် ", "စပါး", " အထွက်နည်းသည်", List.of(), List.of()),
                KwicLines.line("3a1b2c3d4e5f6a7b", "", "ဆန်", "ကို ပိုဝယ်ကြသည်", List.of(), List.of()));
        List<KwicTable.Row> rows = KwicTable.render(lines, 40, true);
        assertThat(rows).hasSize(4);
        int column = DisplayWidth.of(rows.get(0).text().substring(0, rows.get(0).hitOffset()));
        for (int i = 0; i < rows.size(); i++) {
            KwicTable.Row row = rows.get(i);
            assertThat(DisplayWidth.of(row.text().substring(0, row.hitOffset()))).isEqualTo(column);
            assertThat(row.text().substring(row.hitOffset())).startsWith(lines.get(i).hit());
            // the right contexts line up too: the hit column is as wide as the widest hit
            String afterHit = row.text().substring(row.hitOffset());
            assertThat(DisplayWidth.of(afterHit.substring(0, afterHit.indexOf(lines.get(i).right().strip()))))
                    .isEqualTo(DisplayWidth.of("စပါး") + 2);
        }
        assertThat(rows.get(0).text()).startsWith("0a1b2c3d4e5f th  ");
    }

    @Test
    void longContextsAreCutNextToTheHit() {
        List<KwicLine> lines = List.of(KwicLines.line("x", "ชาวนาในภาคอีสานปลูก", "ข้าว", "หอมมะลิมีกลิ่นหอม",
                List.of(), List.of()));
        KwicTable.Row row = KwicTable.render(lines, 8, false).get(0);
        assertThat(row.text()).isEqualTo("…อีสานปลูก  ข้าว  หอมมะลิมี…");
        assertThat(DisplayWidth.of(row.text().substring(0, row.hitOffset()))).isEqualTo(8 + 2);
    }

    @Test
    void noLinesNoRows() {
        assertThat(KwicTable.render(List.of(), 40, true)).isEmpty();
    }
}
