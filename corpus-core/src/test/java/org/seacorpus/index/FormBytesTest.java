package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.util.BytesRef;

/**
 * {@link FormBytes}, the per-thread table of token forms' UTF-8 bytes, gives the bytes {@code new BytesRef(form)}
 * gives and their {@link TokenFields#prefix}, for any string (lone surrogates, which Lucene's encoder writes as
 * U+FFFD, and supplementary characters too), on the first look-up and on later ones, across growth and emptying.
 */
class FormBytesTest {
    @Property(tries = 500)
    void sameBytesAsLucene(@ForAll("formLists") List<String> forms) {
        FormBytes table = new FormBytes();
        for (int pass = 0; pass < 2; pass++) {
            for (String form : forms) {
                table.find(form);
                BytesRef expected = new BytesRef(form);
                assertThat(BytesRef.deepCopyOf(table.bytes())).as(form).isEqualTo(expected);
                assertThat(table.bytes().offset).isZero();
                assertThat(table.bytes().bytes.length).isEqualTo(expected.length);
                assertThat(table.prefix()).as(form).isEqualTo(TokenFields.prefix(expected));
            }
        }
    }

    @Property(tries = 200)
    void anyStringOfAnyChars(@ForAll String form) {
        FormBytes table = new FormBytes();
        table.find(form);
        assertThat(BytesRef.deepCopyOf(table.bytes())).isEqualTo(new BytesRef(form));
        table.find(new String(form.toCharArray())); // an equal string, not the same object: a hit
        assertThat(BytesRef.deepCopyOf(table.bytes())).isEqualTo(new BytesRef(form));
        assertThat(table.prefix()).isEqualTo(TokenFields.prefix(new BytesRef(form)));
    }

    /** Two lone surrogates both become U+FFFD (EF BF BD): equal bytes, which TokenFields.rank then refuses. */
    @Example
    void loneSurrogatesGiveReplacementBytes() {
        FormBytes table = new FormBytes();
        table.find("a\uD800");
        BytesRef first = table.bytes();
        table.find("a\uDC00");
        BytesRef second = table.bytes();
        assertThat(first).isEqualTo(new BytesRef(new byte[] {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}));
        assertThat(second).isEqualTo(first);
        assertThat(table.count()).isEqualTo(2);
        table.find("\uD83D\uDE00"); // U+1F600, a surrogate pair: four bytes
        assertThat(table.bytes()).isEqualTo(new BytesRef(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}));
    }

    /** Full at its largest size, the table is emptied; bytes handed out before stay as they were. */
    @Example
    void emptiedWhenFullAndEarlierBytesUntouched() {
        FormBytes table = new FormBytes();
        int held = FormBytes.MAX_SLOTS / 2;
        List<BytesRef> handed = new ArrayList<>();
        for (int i = 0; i < held; i++) {
            table.find("w" + i);
            handed.add(table.bytes());
        }
        assertThat(table.count()).isEqualTo(held);
        assertThat(table.slots()).isEqualTo(FormBytes.MAX_SLOTS);
        table.find("w0"); // still held
        assertThat(table.bytes()).isSameAs(handed.get(0));
        table.find("one more");
        assertThat(table.count()).isEqualTo(1);
        assertThat(table.slots()).isEqualTo(FormBytes.MAX_SLOTS);
        assertThat(table.bytes()).isEqualTo(new BytesRef("one more"));
        for (int i = 0; i < held; i++) {
            assertThat(handed.get(i)).isEqualTo(new BytesRef("w" + i));
        }
        table.find("w0"); // encoded again after emptying: equal bytes, a new array
        assertThat(table.bytes()).isEqualTo(handed.get(0)).isNotSameAs(handed.get(0));
        assertThat(table.count()).isEqualTo(2);
    }

    /** A form longer than MAX_CHARS is encoded each time and not kept. */
    @Example
    void longFormsAreNotKept() {
        FormBytes table = new FormBytes();
        char[] chars = new char[FormBytes.MAX_CHARS + 1];
        Arrays.fill(chars, 'ก');
        String form = new String(chars);
        table.find(form);
        assertThat(table.bytes()).isEqualTo(new BytesRef(form));
        assertThat(table.prefix()).isEqualTo(TokenFields.prefix(new BytesRef(form)));
        assertThat(table.count()).isZero();
        table.find(form.substring(1));
        assertThat(table.count()).isEqualTo(1);
    }

    @Provide
    Arbitrary<List<String>> formLists() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("น้ำ", "ข้าว", "Padi", "padi", "Ｐａｄｉ", "ß", "İ", "ǅ", "ﬁ", "e\u0301", "é", "ເຂົ້າ",
                        "ភាសា", "မြန်မာ", "Việt", "中文", "๒๕๖๘", "\u00AD", "\uD83D\uDE00", "\uD800", "\uDC00x",
                        "x\uDBFF", "\uDC00\uD800", "\uFFFD", "abcdefgh", "abcdefghi", "abcdefg"),
                Arbitraries.strings().withChars("aAกង\u0301\uD800\uDC00\uD83D\uDE00\u0000\u007F\u0080\u07FF\u0800\uFFFF")
                        .ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().ofMinLength(60).ofMaxLength(70));
        return word.list().ofMaxSize(300);
    }
}
