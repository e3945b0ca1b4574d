package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lossless token stream ({@link Segmenter#tokens}): every character that is not a space is in exactly one
 * token, so the tokens of a line joined by a separator align with the line (DESIGN §5).
 */
class LosslessTokensTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "shn", "vi", "id", "fil", "zh",
            "ta", "en", "und");

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0E01', '\u0E5B').ofMaxLength(12),        // Thai
                Arbitraries.strings().withCharRange('\u0E81', '\u0EDF').ofMaxLength(12),        // Lao
                Arbitraries.strings().withCharRange('\u1780', '\u17F9').ofMaxLength(12),        // Khmer
                Arbitraries.strings().withCharRange('\u1000', '\u109F').ofMaxLength(12),        // Myanmar
                Arbitraries.strings().withCharRange('a', 'z').withChars("ăâđêôơưáàạ-@./:'").ofMaxLength(12),
                Arbitraries.strings().withCharRange('0', '9').withChars(".,:/").ofMaxLength(6),
                Arbitraries.strings().withChars(".,;:!?\"'()[]{}«»“”‘’—–…-/\\#%&*+=<>|~^$€฿©®™°§¶•។៕။၊ๆฯ")
                        .ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("👍", "👍🏽", "🇹🇭", "🇱🇦", "👨\u200D👩\u200D👧", "❤️", "1️⃣", "🙏🏻", "😂😂😂", "✈"),
                Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("\u0E48", "\u0E31\u0E49", "\u17B6", "\u103A", "\u200C", "\u200D", "\u00AD"),
                Arbitraries.of(" ", "  ", "\n", "\t", "\u00A0", "\u200B", "\u3000", "\u2009", " \u0301"),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E2F').ofMaxLength(6),
                Arbitraries.of("https://th.wikipedia.org/wiki/ไทย ", "x@y.co ", "10:30", "29/11/2026",
                        "anak-anak", "มากกกก", "555555", "ปี2500"));
        return pieces.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void everyCharacterThatIsNotASpaceIsInExactlyOneToken(@ForAll("mixedText") String text) {
        for (String lang : LANGS) {
            Segmenter segmenter = SEGMENTERS.forLanguage(lang);
            List<Token> tokens = segmenter.tokens(text);
            StringBuilder joined = new StringBuilder();
            int pos = 0;
            for (Token t : tokens) {
                assertThat(t.start()).as("%s in %s", t, lang).isGreaterThanOrEqualTo(pos);
                assertThat(t.end()).isGreaterThan(t.start());
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(Token.isSpace(t.text().codePointAt(0))).as("%s in %s starts with a space", t, lang)
                        .isFalse();
                assertThat(Token.isSpace(t.text().codePointBefore(t.text().length()))).isFalse();
                joined.append(t.text());
                pos = t.end();
            }
            assertThat(Gaps.withoutSpaces(joined)).as(lang).isEqualTo(Gaps.withoutSpaces(text));
            assertThat(Gaps.lossless(text, tokens)).isTrue();
        }
    }

    @Property(tries = 200)
    void theWordsAreTheTokensOfTheWordKinds(@ForAll("mixedText") String text) {
        for (String lang : LANGS) {
            Segmenter segmenter = SEGMENTERS.forLanguage(lang);
            assertThat(segmenter.tokens(text).stream().filter(t -> t.kind().isWord()).toList())
                    .as(lang).isEqualTo(segmenter.words(text));
        }
    }

    @Property(tries = 100)
    void plainIcuIsLosslessToo(@ForAll("mixedText") String text) {
        assertThat(Gaps.lossless(text, new IcuSegmenter().tokens(text))).isTrue();
    }

    @Test
    void punctuationAndSymbolsAreTokensOfTheirOwn() {
        List<Token> tokens = SEGMENTERS.forLanguage("th").tokens("ราคา 1,250 บาท!!! (ลด 10%) 👍🏽🇹🇭");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("ราคา", "1,250", "บาท", "!!!", "(", "ลด", "10", "%", ")", "👍🏽", "🇹🇭");
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.NUMBER,
                Token.Kind.WORD, Token.Kind.PUNCTUATION, Token.Kind.PUNCTUATION, Token.Kind.WORD,
                Token.Kind.NUMBER, Token.Kind.PUNCTUATION, Token.Kind.PUNCTUATION, Token.Kind.SYMBOL,
                Token.Kind.SYMBOL);
    }

    @Test
    void scriptPunctuationAndQuotesAreKept() {
        assertThat(SEGMENTERS.forLanguage("km").tokens("«សួស្តី»។").stream().map(Token::text).toList())
                .startsWith("«").endsWith("»", "។");
        assertThat(SEGMENTERS.forLanguage("my").tokens("မင်္ဂလာပါ၊ နေကောင်းလား။").stream().map(Token::text))
                .contains("၊", "။");
        assertThat(SEGMENTERS.forLanguage("vi").tokens("“Tôi là sinh viên…”").stream().map(Token::text).toList())
                .containsExactly("“", "Tôi", "là", "sinh viên", "…", "”");
    }

    @Test
    void aFamilyEmojiAndAKeycapAreOneSymbolAndALoneMarkIsKept() {
        List<Token> tokens = SEGMENTERS.forLanguage("en").tokens("we 👨\u200D👩\u200D👧 ok \u0301 ©");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("we", "👨\u200D👩\u200D👧", "ok", "\u0301", "©");
        assertThat(tokens.get(3).kind()).isEqualTo(Token.Kind.OTHER);
    }
}
