package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ibm.icu.text.UnicodeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A URL's end: what a sentence puts after it (its full stop, comma, closing quote) is not the URL's, in any
 * script, by Unicode's Terminal_Punctuation and Quotation_Mark rather than a list that names some scripts' marks.
 */
class WholeTokensTest {
    private static final String URL = "https://example.org/news/2026?id=5";

    private static List<String> urls(String text) {
        return WholeTokens.find(text).stream().filter(t -> t.kind() == Token.Kind.URL).map(Token::text).toList();
    }

    @Test
    void theMarksTheOldListNamedAreStillTrimmed() {
        // the list before session 13: . , ; : ! ? ' " » ” ’ and the Khmer and Burmese full stops and comma
        for (char mark : ".,;:!?'\"»”’។៕။၊".toCharArray()) {
            assertThat(WholeTokens.trailing(mark)).as("U+%04X", (int) mark).isTrue();
        }
        assertThat(urls("សូមមើល " + URL + "។ អរគុណ")).containsExactly(URL);
        assertThat(urls("အသေးစိတ်ကို " + URL + "၊ " + "www.example.org/my။")).containsExactly(URL,
                "www.example.org/my");
        assertThat(urls("Baca \"" + URL + "\", lalu tulis.")).containsExactly(URL);
    }

    @Test
    void everyScriptsSentenceEndIsTrimmedNowAsWell() {
        // before: 。 and 」 stayed in the Chinese URL, ๚ in the Thai one
        assertThat(urls("详情请见" + " " + URL + "。")).containsExactly(URL);
        assertThat(urls("「" + URL + "」")).containsExactly(URL);
        assertThat(urls("ดูที่ " + URL + "๚")).containsExactly(URL);
        assertThat(urls("தகவல்: " + URL + "।")).containsExactly(URL);
    }

    @Test
    void aUrlKeepsItsOwnCharacters() {
        String[] urls = {"https://th.wikipedia.org/wiki/ประเทศไทย", "https://km.wikipedia.org/wiki/កម្ពុជា",
            "https://example.org/a-b_c~d/", "https://example.org/?q=ນະຄອນ#top", "www.example.org/(a)"};
        for (String url : urls) {
            assertThat(urls("ดูที่ " + url + " ครับ")).containsExactly(url);
        }
        // of ASCII, exactly the old list's marks are trimmed: nothing a URL's path or query ends in otherwise
        UnicodeSet ascii = new UnicodeSet();
        for (int c = 0x21; c < 0x7F; c++) {
            if (WholeTokens.trailing(c)) {
                ascii.add(c);
            }
        }
        assertThat(ascii.toPattern(false)).isEqualTo(new UnicodeSet("[.,;:!?'\"]").toPattern(false));
    }

    @Provide
    Arbitrary<String> marks() {
        UnicodeSet set = new UnicodeSet("[[:Terminal_Punctuation:][:Quotation_Mark:]]").freeze();
        return Arbitraries.integers().between(0, set.size() - 1).map(set::charAt)
                .map(cp -> new String(Character.toChars(cp))).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void marksAfterAUrlAreNeverPartOfIt(@ForAll("marks") String marks) {
        assertThat(urls("ดูที่ " + URL + marks + " ครับ")).containsExactly(URL);
    }
}
