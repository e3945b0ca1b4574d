package org.seacorpus.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The per-thread tables of the token fields give what the per-document maps they replace gave: {@link StringSlots}
 * the slots a {@code HashMap} numbering strings first seen first gives, document after document in one table, when
 * a document has more strings than it was reset for too.
 */
class StringSlotsTest {
    @Property(tries = 300)
    void slotsAreFirstSeenFirst(@ForAll("documents") List<List<String>> documents,
                                @ForAll @IntRange(min = 0, max = 50) int expected) {
        StringSlots table = new StringSlots();
        for (List<String> words : documents) {
            table.reset(expected);
            Map<String, Integer> map = new HashMap<>();
            for (String word : words) {
                Integer before = map.get(word);
                int slot = table.slotOf(word);
                if (before == null) {
                    assertThat(slot).as(word).isEqualTo(-map.size() - 1);
                    map.put(word, map.size());
                } else {
                    assertThat(slot).as(word).isEqualTo(before);
                }
            }
            assertThat(table.size()).isEqualTo(map.size());
        }
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("น้ำ", "ข้าว", "Padi", "PADI", "padi", "Ｐａｄｉ", "ß", "SS", "İ", "ǅ", "ﬁ", "e\u0301", "é",
                        "ເຂົ້າ", "ភាសា", "မြန်မာ", "Việt", "VIỆT", "中文", "๒๕๖๘", "\u00AD", "ฺ"),
                Arbitraries.strings().withChars("abABกขងញ\u0301ß").ofMinLength(1).ofMaxLength(3));
        return word.list().ofMaxSize(400).list().ofMinSize(1).ofMaxSize(5);
    }
}
