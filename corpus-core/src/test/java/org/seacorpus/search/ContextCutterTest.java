package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.testing.SeaTexts;

/** Contexts of concordance lines cut at the words the language's segmenter finds. */
class ContextCutterTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @Test
    void thaiContextIsWholeWordsAlthoughTheTextHasNoSpaces() {
        String text = SeaTexts.THAI_MARKET; // แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดเช้า …
        int hit = text.indexOf("ข้าว");
        Segmenter thai = SEGMENTERS.forLanguage("th");
        ContextCutter.Context left = ContextCutter.left(text, hit, hit + "ข้าว".length(), thai, 2, false);
        ContextCutter.Context right = ContextCutter.right(text, hit, hit + "ข้าว".length(), thai, 3, false);
        assertThat(left.text()).isEqualTo("แม่ค้าขาย");
        assertThat(left.words()).containsExactly("แม่ค้า", "ขาย");
        assertThat(right.text()).isEqualTo("เหนียวมะม่วงที่");
        assertThat(right.words()).containsExactly("เหนียว", "มะม่วง", "ที่");
    }

    @Test
    void wordsNextToTheHitAreCutAsInTheWholeText() {
        // the Vietnamese segmenter joins a capitalised name after a lower-case word (Hồng Nhung), but not at the
        // start of a text, where a capital may only begin a sentence: a window starting after the hit would split it
        String text = "Chị Lan và Hồng Nhung cùng đi chợ Bến Thành sáng nay.";
        Segmenter vietnamese = SEGMENTERS.forLanguage("vi");
        assertThat(vietnamese.words(text).stream().map(t -> t.text()).toList()).contains("Hồng Nhung");
        int hit = text.indexOf("và");
        ContextCutter.Context right = ContextCutter.right(text, hit, hit + 2, vietnamese, 3, false);
        assertThat(right.words()).containsExactly("Hồng Nhung", "cùng", "đi");
        assertThat(right.text()).isEqualTo(" Hồng Nhung cùng đi");
        // a hit inside a longer word (here a syllable of the name): the context is cut beside it, not lost
        int inside = text.indexOf("Nhung");
        assertThat(ContextCutter.right(text, inside, inside + 5, vietnamese, 2, false).words())
                .containsExactly("cùng", "đi");
        assertThat(ContextCutter.left(text, inside, inside + 5, vietnamese, 2, false).words())
                .containsExactly("và", "Hồng");
    }

    @Test
    void contextStopsAtTheEdgesOfTheDocument() {
        String text = SeaTexts.KHMER_FARMERS;
        Segmenter khmer = SEGMENTERS.forLanguage("km");
        assertThat(ContextCutter.left(text, 0, 0, khmer, 5, false).text()).isEmpty();
        ContextCutter.Context right = ContextCutter.right(text, text.length(), text.length(), khmer, 5, false);
        assertThat(right.text()).isEmpty();
        assertThat(right.words()).isEmpty();
        assertThat(ContextCutter.left("", 0, 0, khmer, 5, true).words()).isEmpty();
    }

    @Test
    void columnsHoldWholeWordsThatFit() {
        String text = SeaTexts.BURMESE_MARKET; // ရန်ကုန်မြို့ရှိ ဈေးတွင် ဆန်ဈေးတက်နေသည်။ …
        int hit = text.indexOf("ဆန်");
        Segmenter burmese = SEGMENTERS.forLanguage("my");
        assertThat(ContextCutter.left(text, hit, hit + "ဆန်".length(), burmese, 8, true).text()).isEqualTo("ရှိ ဈေးတွင် ");
        ContextCutter.Context left = ContextCutter.left(text, hit, hit + "ဆန်".length(), burmese, 7, true);
        assertThat(DisplayWidth.of(left.text())).isEqualTo(6);
        assertThat(left.text()).isEqualTo("ဈေးတွင် ");
        assertThat(left.words()).containsExactly("ဈေး", "တွင်");
        int end = hit + "ဆန်".length();
        assertThat(ContextCutter.right(text, hit, end, burmese, 7, true).text()).isEqualTo("ဈေးတက်နေ");
        ContextCutter.Context right = ContextCutter.right(text, hit, end, burmese, 6, true); // နေ would not fit
        assertThat(right.text()).isEqualTo("ဈေးတက်");
        assertThat(right.words()).containsExactly("ဈေး", "တက်");
    }

    @Test
    void aWordWiderThanTheColumnsIsCutBetweenClusters() {
        String text = "ចំណេះដឹងប្រពៃណីនិងបច្ចេកវិទ្យាថ្មី";
        Segmenter khmer = SEGMENTERS.forLanguage("km");
        int hit = text.indexOf("និង");
        ContextCutter.Context left = ContextCutter.left(text, hit, hit + "និង".length(), khmer, 3, true);
        assertThat(DisplayWidth.of(left.text())).isLessThanOrEqualTo(3);
        assertThat(left.text()).startsWith("…").doesNotContain("\u17D2…");
        assertThat(text.substring(0, hit)).endsWith(left.text().substring(1));
    }

    @Test
    void whitespaceRunsBecomeOneSpace() {
        assertThat(ContextCutter.oneLine("ข้าว\n\n  หอม\tมะลิ\u00A0")).isEqualTo("ข้าว หอม มะลิ ");
        assertThat(ContextCutter.oneLine("")).isEmpty();
    }

    @Property(tries = 200)
    void leftHitAndRightAreOneStretchOfTheText(@ForAll("thaiAndKhmerText") String text,
                                               @ForAll @IntRange(min = 0, max = 6) int words,
                                               @ForAll @IntRange(min = 0, max = 1000) int at) {
        if (text.isEmpty()) {
            return;
        }
        int start = Math.min(at % text.length(), text.length() - 1);
        while (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (Character.isWhitespace(text.charAt(start)) || Character.isLowSurrogate(text.charAt(start))) {
            return;
        }
        int end = Math.min(text.length(), start + 1);
        Segmenter thai = SEGMENTERS.forLanguage("th");
        String left = ContextCutter.left(text, start, end, thai, words, false).text();
        String right = ContextCutter.right(text, start, end, thai, words, false).text();
        String whole = ContextCutter.oneLine(text);
        assertThat(whole).contains(left + ContextCutter.oneLine(text.substring(start, end)) + right);
    }

    @Provide
    Arbitrary<String> thaiAndKhmerText() {
        return Arbitraries.of("ชาวนา", "ปลูก", "ข้าว", "หอมมะลิ", " ", "\n", "កសិករ", "ស្រូវ", "។", ", ", "2567")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
