package org.seacorpus.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class Utf8Test {
    @Property(tries = 300)
    void isTheEncodedLengthOfAnyText(@ForAll String text) {
        assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void countsAsTheEncoderWritesForEveryScriptOfTheCorpus() {
        for (String text : new String[] {"", "padi", "ข้าวหอมมะลิ", "ຂ້າວໜຽວ", "ស្រូវ", "မြန်မာ", "Tiếng Việt",
            "稻米", "𠀀 and 😀", "tab\tnew\nline"}) {
            assertThat(Utf8.length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aLoneSurrogateCountsAsTheReplacementCharacter() {
        assertThat(Utf8.length("a\uD800b")).isEqualTo(1 + 3 + 1);
        assertThat(Utf8.length("\uDC00")).isEqualTo(3);
    }
}
