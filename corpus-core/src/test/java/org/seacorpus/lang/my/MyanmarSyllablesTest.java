package org.seacorpus.lang.my;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class MyanmarSyllablesTest {
    @Test
    void emptyTextHasNoSyllables() {
        assertThat(MyanmarSyllables.syllables("")).isEmpty();
    }

    @Test
    void killedFinalsStayWithTheirSyllable() {
        assertThat(MyanmarSyllables.syllables("မြန်မာနိုင်ငံ")).containsExactly("မြန်", "မာ", "နိုင်", "ငံ");
        assertThat(MyanmarSyllables.syllables("ကျောင်းသား")).containsExactly("ကျောင်း", "သား");
        assertThat(MyanmarSyllables.syllables("သင့်")).containsExactly("သင့်");
    }

    @Test
    void stackedConsonantsAndKinziStayInOneWrittenSyllable() {
        assertThat(MyanmarSyllables.syllables("မန္တလေး")).containsExactly("မန္တ", "လေး");
        assertThat(MyanmarSyllables.syllables("အင်္ဂလိပ်")).containsExactly("အင်္ဂ", "လိပ်");
    }

    @Test
    void digitsPunctuationAndOtherScriptsArePiecesOfTheirOwn() {
        assertThat(MyanmarSyllables.syllables("၂၀၂၅ခုနှစ်။")).containsExactly("၂၀၂၅", "ခု", "နှစ်", "။");
        assertThat(MyanmarSyllables.syllables("ABCမြို့")).containsExactly("ABC", "မြို့");
    }

    @Property(tries = 300)
    void piecesCoverTheTextInOrder(@ForAll @StringLength(max = 40) @CharRange(from = '\u1000', to = '\u109F')
                                   @CharRange(from = 'a', to = 'c') String text) {
        List<int[]> pieces = MyanmarSyllables.split(text, 0, text.length());
        int pos = 0;
        for (int[] p : pieces) {
            assertThat(p[0]).isEqualTo(pos);
            assertThat(p[1]).isGreaterThan(p[0]);
            pos = p[1];
        }
        assertThat(pos).isEqualTo(text.length());
    }
}
