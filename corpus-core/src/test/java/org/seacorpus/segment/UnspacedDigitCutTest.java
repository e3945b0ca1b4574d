package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The digit cut reads its scripts from the {@link UnspacedScripts} it is handed, so this package names none: the
 * same table gives the same cuts as the ranges it was built from, including past the BMP.
 */
class UnspacedDigitCutTest {
    private static final UnspacedScripts THAI = new UnspacedScripts.Builder().add(0x0E00, 0x0E7F).build();
    /** Ahom (U+11700–U+1174F, written without spaces), past the BMP. */
    private static final UnspacedScripts AHOM = new UnspacedScripts.Builder().add(0x11700, 0x1174F).build();

    private static List<String> cut(String text, UnspacedScripts scripts) {
        Token whole = new Token(text, 0, text.length(), Token.Kind.WORD);
        return TokenJoins.digitsFromLetters(text, List.of(whole), scripts).stream().map(Token::text).toList();
    }

    @Test
    void digitsAreCutOnlyFromTheLettersOfTheGivenScripts() {
        assertThat(cut("ปี2568", THAI)).containsExactly("ปี", "2568");
        assertThat(cut("ปี2568", UnspacedScripts.NONE)).containsExactly("ปี2568");
        assertThat(cut("ປີ2025", THAI)).containsExactly("ປີ2025");   // Lao is not in the table
        assertThat(cut("COVID19", THAI)).containsExactly("COVID19");
        assertThat(TokenJoins.digitsFromLetters("", List.of(), THAI)).isEmpty();
    }

    @Test
    void aScriptPastTheBasicPlaneIsCutAtItsPairsNeverInsideOne() {
        String letters = new StringBuilder().appendCodePoint(0x11700).appendCodePoint(0x11701).toString();
        assertThat(cut(letters + "42" + letters, AHOM)).containsExactly(letters, "42", letters);
        assertThat(cut(letters + "42", UnspacedScripts.NONE)).containsExactly(letters + "42");
        assertThat(AHOM.anyIn("abc 42")).isFalse();
        assertThat(AHOM.anyIn("x" + letters)).isTrue();
    }

    /** The table and the range it was built from agree on every char, and the pre-check on every text. */
    @Property(tries = 300)
    void theTableAgreesWithItsRange(@ForAll @StringLength(max = 30) @CharRange(from = '0', to = '9')
                                    @CharRange(from = '\u0DF0', to = '\u0E90') @CharRange(from = 'a', to = 'c')
                                    String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            boolean thai = text.charAt(i) >= '\u0E00' && text.charAt(i) <= '\u0E7F';
            assertThat(THAI.at(text, i)).isEqualTo(thai);
            any |= thai;
        }
        assertThat(THAI.anyIn(text)).isEqualTo(any);
        assertThat(String.join("", cut(text, THAI))).isEqualTo(text);
    }
}
