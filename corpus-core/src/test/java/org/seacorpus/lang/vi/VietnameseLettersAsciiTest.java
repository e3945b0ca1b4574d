package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link VietnameseLetters#measure} passes over ASCII letters without Character's property look-ups: it must count
 * the same words as the rule read character by character, on text of every kind.
 */
class VietnameseLettersAsciiTest {
    private static final String SHARED_DIACRITICS = "àáâãèéêìíòóôõùúý";

    /** The count as it was before the ASCII step. */
    private static VietnameseLetters.Evidence byProperties(CharSequence text) {
        String nfc = Normalizer2.getNFCInstance().normalize(text);
        int words = 0;
        int onlyWords = 0;
        int diacriticWords = 0;
        boolean inWord = false;
        boolean hasOnly = false;
        boolean hasDiacritic = false;
        for (int i = 0; i <= nfc.length(); ) {
            int cp = i < nfc.length() ? nfc.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                inWord = true;
                boolean only = VietnameseLetters.isVietnameseOnly(cp);
                hasOnly |= only;
                hasDiacritic |= only || SHARED_DIACRITICS.indexOf(Character.toLowerCase(cp)) >= 0;
            } else if (inWord) {
                words++;
                onlyWords += hasOnly ? 1 : 0;
                diacriticWords += hasDiacritic ? 1 : 0;
                inWord = false;
                hasOnly = false;
                hasDiacritic = false;
            }
            i += i < nfc.length() ? Character.charCount(cp) : 1;
        }
        return new VietnameseLetters.Evidence(words, onlyWords, diacriticWords);
    }

    @Property(tries = 1000)
    void sameCountsAsCharacterByCharacter(@ForAll("texts") String text) {
        assertThat(VietnameseLetters.measure(text)).isEqualTo(byProperties(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('\u0000', '\u00FF')
                .withChars("đĐơƠưƯăĂĩũạảấệộự\u0300\u0301\u0323’“”").ofMaxLength(80);
        Arbitrary<String> words = Arbitraries.of("Tiếng", "Việt", "là", "ngôn", "ngữ", "của", "người", "Hà Nội",
                "Ðà", "cafe", "café", "Nguyen", "HỌC", "sinh", "e\u0301", "\u00C0", "[", "@", "`", "{", "Z", "a1b");
        Arbitrary<String> sentences = words.list().ofMaxSize(25).map(w -> String.join(" ", w));
        return Arbitraries.oneOf(any, latin, sentences);
    }
}
