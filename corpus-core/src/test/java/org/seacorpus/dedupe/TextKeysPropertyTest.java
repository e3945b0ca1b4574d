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
 * zero-width spaces and every kind of line break.
 */
class TextKeysPropertyTest {
    @Property(tries = 400)
    void theOnePassKeysEqualTheReferenceKeys(@ForAll("texts") String text) {
        TextKeys.Keys keys = TextKeys.keys(text);
        assertThat(keys.looseHash()).isEqualTo(TextKeys.looseHash(text));
        assertThat(keys.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("ข้าว", "น้ำ", "ເຂົ້າໜຽວ", "កសិករ", "မြန်မာ", "Việt", "TIẾNG", "e\u0301",
                "A", "ß", "ﬁ", "๑๒", "12", "٣", " ", "  ", "\u200b", ",", "।", "\n", "\r\n", "\r", "\n\n", "ǅ", "Ⅳ", "①");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
