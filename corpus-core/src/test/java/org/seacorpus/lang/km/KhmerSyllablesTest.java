package org.seacorpus.lang.km;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class KhmerSyllablesTest {
    @Test
    void emptyTextHasNoSyllables() {
        assertThat(KhmerSyllables.syllables("")).isEmpty();
    }

    @Test
    void finalConsonantsJoinTheSyllableBeforeThem() {
        assertThat(KhmerSyllables.syllables("ការងារ")).containsExactly("ការ", "ងារ");
        assertThat(KhmerSyllables.syllables("ប្រជាជន")).containsExactly("ប្រ", "ជា", "ជន");
        assertThat(KhmerSyllables.syllables("ភ្នំពេញ")).containsExactly("ភ្នំ", "ពេញ");
        assertThat(KhmerSyllables.syllables("ខ្មែរ")).containsExactly("ខ្មែរ");
    }

    @Test
    void subscriptConsonantsStayWithTheirBase() {
        assertThat(KhmerSyllables.syllables("ស្រុកខ្មែរ")).containsExactly("ស្រុក", "ខ្មែរ");
        assertThat(String.join("", KhmerSyllables.syllables("សាកលវិទ្យាល័យ"))).isEqualTo("សាកលវិទ្យាល័យ");
        assertThat(KhmerSyllables.syllables("សាកលវិទ្យាល័យ")).allMatch(s -> !s.startsWith("\u17D2"));
    }

    @Test
    void digitsAndOtherScriptsArePiecesOfTheirOwn() {
        assertThat(KhmerSyllables.syllables("ឆ្នាំ២០២៥")).containsExactly("ឆ្នាំ", "២០២៥");
        assertThat(KhmerSyllables.syllables("ABCខ្មែរ")).containsExactly("ABC", "ខ្មែរ");
    }

    @Property(tries = 300)
    void piecesCoverTheTextInOrder(@ForAll @StringLength(max = 40) @CharRange(from = '\u1780', to = '\u17FF')
                                   @CharRange(from = 'a', to = 'c') String text) {
        List<int[]> pieces = KhmerSyllables.split(text, 0, text.length());
        int pos = 0;
        for (int[] p : pieces) {
            assertThat(p[0]).isEqualTo(pos);
            assertThat(p[1]).isGreaterThan(p[0]);
            pos = p[1];
        }
        assertThat(pos).isEqualTo(text.length());
    }
}
