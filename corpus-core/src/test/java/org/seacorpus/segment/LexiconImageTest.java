package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A lexicon read from its binary image is the one parsed from its text, array for array: for every shipped lexicon
 * (the images the build wrote beside them, and images written here), and for made-up word lists (jqwik).
 */
class LexiconImageTest {
    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LexiconImageTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void assertSameTrie(Lexicon actual, Lexicon expected) {
        Lexicon.Trie a = actual.trie();
        Lexicon.Trie e = expected.trie();
        assertThat(a.firstEdge()).isEqualTo(e.firstEdge());
        assertThat(a.labels()).isEqualTo(e.labels());
        assertThat(a.targets()).isEqualTo(e.targets());
        assertThat(Arrays.equals(a.cost(), e.cost())).as("costs").isTrue();   // NaN = NaN here
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.worstCost()).isEqualTo(expected.worstCost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "lo", "km", "my"})
    void theShippedImageIsTheParsedLexicon(String lang) throws IOException {
        String path = "/org/seacorpus/lang/" + lang + "/lexicon.tsv";
        byte[] text = resource(path);
        Lexicon parsed = Lexicon.parse(new String(text, StandardCharsets.UTF_8), path);
        Lexicon fromBuild = LexiconImage.read(resource(path + LexiconImage.SUFFIX), text);
        assertThat(fromBuild).as("the build's image of " + path).isNotNull();
        assertSameTrie(fromBuild, parsed);
        assertSameTrie(Lexicon.resource(lang + "/lexicon.tsv"), parsed);
        assertThat(LexiconImage.write(parsed, text)).isEqualTo(resource(path + LexiconImage.SUFFIX));
    }

    @Test
    void anImageOfAnotherTextOrCutShortIsNotUsed() {
        byte[] text = "ข้าว\t120\nข้าวเหนียว\t30\nเหนียว\t4\n".getBytes(StandardCharsets.UTF_8);
        byte[] image = LexiconImage.write(Lexicon.parse(new String(text, StandardCharsets.UTF_8), "t"), text);
        assertSameTrie(LexiconImage.read(image, text), Lexicon.parse(new String(text, StandardCharsets.UTF_8), "t"));
        byte[] edited = "ข้าว\t121\nข้าวเหนียว\t30\nเหนียว\t4\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LexiconImage.read(image, edited)).isNull();
        assertThat(LexiconImage.read(Arrays.copyOf(image, image.length - 2), text)).isNull();
        assertThat(LexiconImage.read(new byte[3], text)).isNull();
        byte[] empty = new byte[0];
        Lexicon none = Lexicon.parse("", "empty");
        assertSameTrie(LexiconImage.read(LexiconImage.write(none, empty), empty), none);
    }

    /** Made-up lists of Lao-letter words with counts (0: listed, not counted) round-trip through an image. */
    @Property(tries = 200)
    void anyListRoundTrips(@ForAll @Size(max = 60) List<@StringLength(min = 1, max = 6)
                           @CharRange(from = '\u0E81', to = '\u0E8A') String> words,
                           @ForAll @IntRange(min = 0, max = 500) int seed) {
        StringBuilder tsv = new StringBuilder("# made up\n");
        for (int i = 0; i < words.size(); i++) {
            tsv.append(words.get(i)).append('\t').append((seed + i * 7) % 13).append('\n');
        }
        byte[] text = tsv.toString().getBytes(StandardCharsets.UTF_8);
        Lexicon parsed = Lexicon.parse(tsv.toString(), "made up");
        Lexicon read = LexiconImage.read(LexiconImage.write(parsed, text), text);
        assertSameTrie(read, parsed);
        for (String word : words) {
            assertThat(read.cost(word)).isEqualTo(parsed.cost(word));
        }
        assertThat(read.cost("x")).isNaN();
    }
}
