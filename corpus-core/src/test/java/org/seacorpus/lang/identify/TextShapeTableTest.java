package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TextShape#letterShare} reads each character's class from {@link ScriptScan}'s table: it must give the very
 * same share as the character-property tests it replaced, on any text (every plane, lone surrogates, spaces of
 * every kind, addresses blanked out).
 */
class TextShapeTableTest {
    /** The share as it was computed before the table: Character's properties, code point by code point. */
    private static double byProperties(String original, String blanked, int start, int end) {
        int letters = 0;
        int visible = 0;
        for (int i = start; i < end; ) {
            int cp = original.codePointAt(i);
            int len = Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                visible++;
                if (blanked.charAt(i) != ' ' && NgramFeatures.isWordChar(cp)) {
                    letters++;
                }
            }
            i += len;
        }
        return visible == 0 ? 0.0 : letters / (double) visible;
    }

    @Property(tries = 1000)
    void sameShareAsCharacterProperties(@ForAll("texts") String text) {
        String blanked = TextShape.blankAddresses(text);
        assertThat(TextShape.letterShare(text.toCharArray(), blanked.toCharArray(), text.length(), 0, text.length()))
                .isEqualTo(byProperties(text, blanked, 0, text.length()));
        int half = text.length() / 2;
        assertThat(TextShape.letterShare(text.toCharArray(), blanked.toCharArray(), text.length(), half, text.length()))
                .isEqualTo(byProperties(text, blanked, half, text.length()));
    }

    @Provide
    Arbitrary<String> texts() {
        return MixedTexts.of(" \t\n\u00A0\u2007\u202F\u3000\u200B\u2028", 20,
                "https://example.org/a", "me@example.com");
    }
}
