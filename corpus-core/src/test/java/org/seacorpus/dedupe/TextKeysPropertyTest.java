package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass keys of import ({@link TextKeys#keys}) equal the reference definitions, {@link TextKeys#looseHash}
 * (the whole text folded) and {@link TextKeys#lineHashes} (each line folded, digits made 0), on random text mixing
 * Thai, Lao, Khmer, Burmese and Vietnamese letters, combining marks, case, digits of several scripts, punctuation,
 * zero-width spaces and every kind of line break; and on Latin text whose lines are often plain ASCII (which
 * {@link TextKeys#keys} folds without the normaliser) beside lines that are not.
 */
class TextKeysPropertyTest {
    @Property(tries = 400)
    void theOnePassKeysEqualTheReferenceKeys(@ForAll("texts") String text) {
        TextKeys.Keys keys = TextKeys.keys(text);
        assertThat(keys.looseHash()).isEqualTo(TextKeys.looseHash(text));
        assertThat(keys.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
    }

    @Property(tries = 400)
    void asciiLinesGetTheReferenceKeys(@ForAll("latinTexts") String text) {
        TextKeys.Keys keys = TextKeys.keys(text);
        assertThat(keys.looseHash()).isEqualTo(TextKeys.looseHash(text));
        assertThat(keys.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
    }

    @Provide
    Arbitrary<String> latinTexts() {
        // lines of ASCII only take the short way; one accented letter, ß or a full-width letter sends a line the
        // general way, and both kinds mix in one text
        Arbitrary<String> pieces = Arbitraries.of("Harga", "PADI", "naik", "Rp 10.000", "07:45", "-", "~`^|", "\\t",
                "\t", " ", "  ", "\u0000", "\u001F", "\u007F", "a", "Z", "9", "@#$%", "é", "ß", "Ｐ", "\u00AD", "ǅ",
                "\n", "\r\n", "\r", "\n\n", "ang mga", "Yang", "&amp;", "e\u0301");
        return pieces.list().ofMaxSize(50).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("ข้าว", "น้ำ", "ເຂົ້າໜຽວ", "កសិករ", "မြန်မာ", "Việt", "TIẾNG", "e\u0301",
                "A", "ß", "ﬁ", "๑๒", "12", "٣", " ", "  ", "\u200b", ",", "।", "\n", "\r\n", "\r", "\n\n", "ǅ", "Ⅳ", "①");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
