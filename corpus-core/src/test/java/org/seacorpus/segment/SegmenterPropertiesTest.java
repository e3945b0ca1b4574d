package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.seacorpus.lang.LanguageProfiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every language's segmenter on random mixed-script text. */
class SegmenterPropertiesTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil",
            "zh", "ta", "en", "und");

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0E01', '\u0E5B').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0E81', '\u0EDF').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u1780', '\u17F9').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u1000', '\u109F').ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').withChars("ăâđêôơưáàạ-@./:").ofMaxLength(12),
                Arbitraries.strings().withCharRange('0', '9').withChars(".,:/").ofMaxLength(6),
                Arbitraries.of(" ", "\n", "\u200B", "။", "၊", "។", ". ", "? ", "https://a.b/c?d=1 ", "x@y.co "),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E2F').ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** A shrunk counterexample the property met once: an e-mail address running into a web address. */
    @Example
    void mailAddressRunningIntoWebAddress() {
        wordsAreOrderedDisjointAndSpellTheText("a@a.https://a.b/c?d=1 ");
    }

    @Property(tries = 200)
    void wordsAreOrderedDisjointAndSpellTheText(@ForAll("mixedText") String text) {
        for (String lang : LANGS) {
            List<Token> words = SEGMENTERS.forLanguage(lang).words(text);
            int pos = 0;
            for (Token t : words) {
                assertThat(t.start()).as("%s in %s", t, lang).isGreaterThanOrEqualTo(pos);
                assertThat(t.end()).isGreaterThan(t.start());
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.text().isBlank()).isFalse();
                pos = t.end();
            }
            assertThat(SEGMENTERS.forLanguage(lang).words(text)).isEqualTo(words);
        }
    }

    @Property(tries = 200)
    void sentencesAreOrderedDisjointAndTrimmed(@ForAll("mixedText") String text) {
        for (String lang : LANGS) {
            int pos = 0;
            for (int[] s : SEGMENTERS.forLanguage(lang).sentences(text)) {
                assertThat(s[0]).isGreaterThanOrEqualTo(pos);
                assertThat(s[1]).isGreaterThan(s[0]).isLessThanOrEqualTo(text.length());
                assertThat(Character.isWhitespace(text.charAt(s[0]))).isFalse();
                assertThat(Character.isWhitespace(text.charAt(s[1] - 1))).isFalse();
                pos = s[1];
            }
        }
    }
}
