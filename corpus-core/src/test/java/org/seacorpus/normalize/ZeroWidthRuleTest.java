package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

class ZeroWidthRuleTest {
    /** The rule as the normaliser builds it: with the built-in languages' unspaced scripts. */
    private static final ZeroWidthRule RULE = ZeroWidthRule.of(LanguageProfiles.builtIn().scriptLetters());

    private static String apply(String text) {
        return RULE.apply(text, new RuleCounts());
    }

    @Test
    void emptyTextGivesEmptyText() {
        RuleCounts counts = new RuleCounts();
        assertThat(RULE.apply("", counts)).isEmpty();
        assertThat(counts.isEmpty()).isTrue();
    }

    @Test
    void zeroWidthSpaceBetweenKhmerOrBurmeseWordsIsKeptAsTheWordBoundary() {
        String khmer = "សួស្តី\u200Bពិភពលោក";
        String burmese = "မြန်မာ\u200Bနိုင်ငံ";
        String thai = "ข้าว\u200Bหอมมะลิ";
        assertThat(apply(khmer)).isSameAs(khmer);
        assertThat(apply(burmese)).isSameAs(burmese);
        assertThat(apply(thai)).isSameAs(thai);
    }

    @Test
    void repeatedZeroWidthSpacesBecomeOne() {
        RuleCounts counts = new RuleCounts();
        assertThat(RULE.apply("កសិករ\u200B\u200B\u200Bស្រូវ", counts)).isEqualTo("កសិករ\u200Bស្រូវ");
        assertThat(counts.asMap()).containsEntry("zero-width", 2);
    }

    @Test
    void zeroWidthSpaceWithNothingToSeparateIsRemoved() {
        assertThat(apply("Hello\u200Bworld")).isEqualTo("Helloworld");
        assertThat(apply("ខ្មែរ \u200Bភាសា")).isEqualTo("ខ្មែរ ភាសា");
        assertThat(apply("\u200Bសួស្តី\u200B")).isEqualTo("សួស្តី");
        // inside a cluster, before a vowel sign, it would split the syllable
        assertThat(apply("ក\u200B\u17B6")).isEqualTo("ក\u17B6");
    }

    @Test
    void joinersAreKeptWhereTheyShapeTextAndRemovedWhereTheyDoNothing() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String persian = "می\u200Cخواهم";
        String tamil = "க\u200Dஷ";
        assertThat(apply(family)).isSameAs(family);
        assertThat(apply(persian)).isSameAs(persian);
        assertThat(apply(tamil)).isSameAs(tamil);
        assertThat(apply("ก\u200Dา")).isEqualTo("กา");
        assertThat(apply("a\u200Cb \u200D")).isEqualTo("ab ");
        assertThat(apply("க\u200D\u200Dஷ")).isEqualTo(tamil);
    }

    @Test
    void theJoiningScriptsByUnicodesPropertiesHoldTheListTheyReplaced() {
        // the list named in this rule until session 13: every one still counts as shaped by joiners
        int[] listed = {UScript.ARABIC, UScript.SYRIAC, UScript.MONGOLIAN, UScript.NKO, UScript.DEVANAGARI,
            UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU,
            UScript.KANNADA, UScript.MALAYALAM, UScript.SINHALA, UScript.MYANMAR, UScript.KHMER, UScript.TIBETAN,
            UScript.BALINESE, UScript.JAVANESE, UScript.SUNDANESE};
        for (int script : listed) {
            UnicodeSet letters = new UnicodeSet().applyIntPropertyValue(UProperty.SCRIPT, script)
                    .retainAll(new UnicodeSet("[:L:]"));
            for (UnicodeSetIterator it = new UnicodeSetIterator(letters); it.next(); ) {
                assertThat(ZeroWidthRule.usesJoiners(it.codepoint)).as("U+%04X", it.codepoint).isTrue();
            }
        }
        // the scripts of this corpus that have none: Latin, Thai, Lao, Han
        for (String letter : List.of("a", "ก", "ກ", "字", "ᱚ")) {
            assertThat(ZeroWidthRule.usesJoiners(letter.codePointAt(0))).as(letter).isFalse();
        }
        // Tibetan's subjoined letters, kept as before; Tirhuta (a virama, no language here) is now kept as well
        String tibetan = "ཀ\u200Dྐ";
        assertThat(apply(tibetan)).isSameAs(tibetan);
        String tirhuta = new StringBuilder().appendCodePoint(0x1148F).append('\u200C').appendCodePoint(0x11490)
                .toString();
        assertThat(apply(tirhuta)).isSameAs(tirhuta);
    }

    @Test
    void wordJoinerIsRemovedEverywhere() {
        assertThat(apply("ข้าว\u2060หอม")).isEqualTo("ข้าวหอม");
    }

    @Test
    void applyingTwiceChangesNothingMore() {
        String once = apply("\u200Bក\u200B\u200B\u200Dខ \u200C x\u2060\u200By");
        assertThat(apply(once)).isSameAs(once);
    }
}
