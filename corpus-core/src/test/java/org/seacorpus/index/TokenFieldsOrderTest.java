package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.util.BytesRef;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The order the token fields rank a document's forms in ({@link TokenFields#compare} over {@link TokenFields#prefix})
 * is Lucene's byte order of UTF-8: the sign of {@code BytesRef.compareTo} for any two values, among them values
 * that share their first eight bytes, end inside them, or hold NUL chars (whose byte is the prefix's padding).
 */
class TokenFieldsOrderTest {
    @Property(tries = 3000)
    void prefixOrderIsByteOrder(@ForAll("words") String a, @ForAll("words") String b) {
        BytesRef x = new BytesRef(a);
        BytesRef y = new BytesRef(b);
        int expected = Integer.signum(x.compareTo(y));
        assertThat(Integer.signum(TokenFields.compare(TokenFields.prefix(x), x, TokenFields.prefix(y), y)))
                .as("%s vs %s", a, b).isEqualTo(expected);
        assertThat(Integer.signum(TokenFields.compare(TokenFields.prefix(y), y, TokenFields.prefix(x), x)))
                .isEqualTo(-expected);
    }

    @Provide
    Arbitrary<String> words() {
        // short and long pieces of Latin, Thai (3 bytes a char), Vietnamese, a supplementary char and NUL
        Arbitrary<String> piece = Arbitraries.of("a", "b", "pa", "padi", "pertanian", "\u0000", "\u0000\u0000", "ข",
                "ข้าว", "việt", "ệ", "😀", "\uE000", "\uFFFF", "z", "ü");
        return piece.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Property(tries = 200)
    void wordsWithACommonLongStemAreOrderedByTheirEnds(@ForAll("stems") String stem) {
        List<String> words = List.of(stem + "s", stem, stem + "ation", stem + "\u0000", stem + "é");
        BytesRef[] refs = words.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        for (BytesRef x : refs) {
            for (BytesRef y : refs) {
                assertThat(Integer.signum(TokenFields.compare(TokenFields.prefix(x), x, TokenFields.prefix(y), y)))
                        .isEqualTo(Integer.signum(x.compareTo(y)));
            }
        }
    }

    @Provide
    Arbitrary<String> stems() {
        return Arbitraries.of("international", "ประเทศไทย", "nghiên", "", "abcdefgh", "abcdefg");
    }
}
