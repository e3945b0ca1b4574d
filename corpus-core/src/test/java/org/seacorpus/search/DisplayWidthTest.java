package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

/** Terminal widths and cuts that never break a Thai, Lao, Khmer or Burmese stack. */
class DisplayWidthTest {
    @Test
    void marksTakeNoColumnAndWideCharactersTwo() {
        assertThat(DisplayWidth.of("")).isZero();
        assertThat(DisplayWidth.of("ข้าว")).isEqualTo(3);          // ข ้ า ว: the tone mark sits above
        assertThat(DisplayWidth.of("น้ำ")).isEqualTo(2);           // sara am is a spacing letter
        assertThat(DisplayWidth.of("ເຂົ້າ")).isEqualTo(3);          // Lao: two marks above ຂ
        assertThat(DisplayWidth.of("ခွင့်")).isEqualTo(2);          // Burmese: medial wa, dot below and asat
        assertThat(DisplayWidth.of("ខ្ញុំ")).isEqualTo(2);           // Khmer: coeng and two vowel signs
        assertThat(DisplayWidth.of("中文")).isEqualTo(4);
        assertThat(DisplayWidth.of("Việt")).isEqualTo(4);          // precomposed Latin
        assertThat(DisplayWidth.of("Vie\u0323\u0302t")).isEqualTo(4); // decomposed: marks take none
    }

    @Test
    void clustersHoldMarksAndStackedConsonants() {
        assertThat(DisplayWidth.clusterEnd("ข้าว", 0)).isEqualTo(2);        // ข + ้
        assertThat(DisplayWidth.clusterEnd("ស្រូវ", 0)).isEqualTo(4);       // ស + coeng + រ + ូ
        assertThat(DisplayWidth.clusterEnd("မင်္ဂလာ", 1)).isEqualTo(5);     // င ် ္ ဂ: the kinzi stack
        assertThat(DisplayWidth.clusterEnd("ကြောင့်", 0)).isEqualTo(3);     // က + medial ra + vowel e
        assertThat(DisplayWidth.clusterEnd("ကြောင့်", 4)).isEqualTo(7);     // င + dot below + asat
    }

    @Test
    void fitPadsOrCutsBetweenClusters() {
        assertThat(DisplayWidth.fit("", 3)).isEqualTo("   ");
        assertThat(DisplayWidth.fit("ข้าว", 5)).isEqualTo("ข้าว  ");
        assertThat(DisplayWidth.truncate("ស្រូវស្រូវ", 4)).isEqualTo("ស្រូវ…");
        assertThat(DisplayWidth.truncate("中文中文", 4)).isEqualTo("中…");
        assertThat(DisplayWidth.of(DisplayWidth.fit("中文中文", 4))).isEqualTo(4);
    }

    @Test
    void fitLeftRightAlignsAndKeepsTheEnd() {
        assertThat(DisplayWidth.fitLeft("ข้าว", 5)).isEqualTo("  ข้าว");
        assertThat(DisplayWidth.fitLeft("ชาวนาปลูกข้าว", 5)).isEqualTo("…กข้าว");
        assertThat(DisplayWidth.of(DisplayWidth.fitLeft("ชาวนาปลูกข้าว", 5))).isEqualTo(5);
        assertThat(DisplayWidth.fitLeft("", 2)).isEqualTo("  ");
    }

    @Property(tries = 300)
    void cutsStayWithinTheWidthAndEndOnAClusterBoundary(@ForAll("southeastAsianText") String text,
                                                        @ForAll @IntRange(min = 1, max = 12) int columns) {
        Set<Integer> boundaries = new HashSet<>();
        boundaries.add(0);
        for (int i = 0; i < text.length(); i = DisplayWidth.clusterEnd(text, i)) {
            boundaries.add(DisplayWidth.clusterEnd(text, i));
        }
        String cut = DisplayWidth.truncate(text, columns);
        assertThat(DisplayWidth.of(cut)).isLessThanOrEqualTo(columns);
        String kept = cut.endsWith("…") && !text.equals(cut) ? cut.substring(0, cut.length() - 1) : cut;
        assertThat(text).startsWith(kept);
        assertThat(boundaries).contains(kept.length());
        assertThat(DisplayWidth.of(DisplayWidth.fit(text, columns))).isEqualTo(columns);
        assertThat(DisplayWidth.of(DisplayWidth.fitLeft(text, columns))).isEqualTo(columns);
    }

    @Provide
    Arbitrary<String> southeastAsianText() {
        return Arbitraries.of("ข้าว", "น้ำ", "ที่", "ເຂົ້າ", "ໜຽວ", "ស្រូវ", "ខ្ញុំ", "ក្ស", "မင်္ဂလာ", "ကြောင့်",
                "中", "Việt", " ", "a").list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
