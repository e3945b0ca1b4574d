package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Sorting a concordance by the words around the hit, in the language's own order. */
class KwicSortTest {
    // ข้าว followed by หอม, เหนียว, ใหม่, กล้อง: Thai order skips the leading vowels เ and ใ
    private final List<KwicLine> lines = new ArrayList<>(List.of(
            KwicLines.line("a", "ชาวนาปลูก", "ข้าว", "หอมมะลิ", List.of("ชาวนา", "ปลูก"), List.of("หอม", "มะลิ")),
            KwicLines.line("b", "แม่ค้าขาย", "ข้าว", "เหนียวมะม่วง", List.of("แม่ค้า", "ขาย"),
                    List.of("เหนียว", "มะม่วง")),
            KwicLines.line("c", "ประกาศราคา", "ข้าว", "ใหม่", List.of("ประกาศ", "ราคา"), List.of("ใหม่")),
            KwicLines.line("d", "กิน", "ข้าว", "กล้อง", List.of("กิน"), List.of("กล้อง"))));

    @Test
    void sortsByTheFirstWordRightInThaiDictionaryOrder() {
        KwicSort.parse("1R").sort(lines, "th");
        assertThat(ids()).containsExactly("d", "a", "b", "c"); // กล้อง, หอม, เหนียว (ห), ใหม่ (ห)
        KwicSort.parse("right").sort(lines, "th");
        assertThat(ids()).containsExactly("d", "a", "b", "c");
    }

    @Test
    void sortsByWordsLeftAndAMissingWordComesFirst() {
        KwicSort.parse("1L").sort(lines, "th");
        assertThat(ids()).containsExactly("d", "b", "a", "c"); // กิน, ขาย, ปลูก, ราคา
        KwicSort.parse("2L").sort(lines, "th");
        assertThat(ids().get(0)).isEqualTo("d"); // กิน has no second word to its left
    }

    @Test
    void laterKeysBreakTiesAndTheSortIsStable() {
        lines.add(KwicLines.line("e", "ชาวนาปลูก", "ข้าว", "หอมนิล", List.of("ชาวนา", "ปลูก"), List.of("หอม", "นิล")));
        KwicSort.parse("1R,2R").sort(lines, "th");
        assertThat(ids()).containsExactly("d", "e", "a", "b", "c"); // หอม นิล before หอม มะลิ
        KwicSort.parse("hit").sort(lines, "th");
        assertThat(ids()).containsExactly("d", "e", "a", "b", "c"); // all hits equal: order kept
        KwicSort.parse("doc").sort(lines, "th");
        assertThat(ids()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void sortFirstPutsTheSameFirstLinesInTheSameOrderAsAFullSort() {
        lines.add(KwicLines.line("e", "ชาวนาปลูก", "ข้าว", "หอมนิล", List.of("ชาวนา", "ปลูก"), List.of("หอม", "นิล")));
        lines.add(KwicLines.line("f", "เด็กกิน", "ข้าว", "ต้ม", List.of("เด็ก", "กิน"), List.of("ต้ม")));
        lines.add(KwicLines.line("g", "ร้านขาย", "ข้าว", "หอม", List.of("ร้าน", "ขาย"), List.of("หอม")));
        for (String spec : List.of("1R", "1L", "2L,1R", "1R,2R", "hit", "doc")) {
            List<KwicLine> full = new ArrayList<>(lines);
            KwicSort.parse(spec).sort(full, "th");
            for (int k = 0; k <= lines.size() + 1; k++) {
                List<KwicLine> first = new ArrayList<>(lines);
                KwicSort.parse(spec).sortFirst(first, "th", k);
                int shown = Math.min(k, lines.size());
                assertThat(first.subList(0, shown)).as(spec + " first " + k).isEqualTo(full.subList(0, shown));
                assertThat(first).as("no line lost").containsExactlyInAnyOrderElementsOf(lines);
            }
        }
    }

    @Test
    void unknownKeysAreRefusedWithTheKeysThatExist() {
        assertThatThrownBy(() -> KwicSort.parse("3X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1L, 2L, 1R, 2R");
        assertThatThrownBy(() -> KwicSort.parse("0R")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KwicSort.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortingNoLinesIsFine() {
        List<KwicLine> none = new ArrayList<>();
        KwicSort.parse("1R").sort(none, null);
        assertThat(none).isEmpty();
    }

    private List<String> ids() {
        return lines.stream().map(KwicLine::id).toList();
    }
}
