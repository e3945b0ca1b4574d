package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The signals on real text in the region's languages, and their invariants on any text. */
class QualityAnalyzerTest {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final QualityAnalyzer ANALYZER = new QualityAnalyzer(PROFILES);

    static QualitySignals measure(String lang, String text) {
        return ANALYZER.measure(text, new LanguageInfo(lang, PROFILES.get(lang).usualScript(), 0.99, List.of(),
                false));
    }

    @Test
    void emptyTextMeasuresZeroEverywhereButTheLanguageScore() {
        QualitySignals s = measure("th", "");
        for (Signal signal : Signal.values()) {
            assertThat(s.get(signal)).as(signal.key()).isEqualTo(signal == Signal.LANG_SCORE ? 0.99 : 0.0);
        }
    }

    @Test
    void thaiWordsComeFromTheDictionaryAndStopwordsAreFound() {
        QualitySignals s = measure("th", "เกษตรกรในจังหวัดสุพรรณบุรีใช้แอปพลิเคชันที่ช่วยวางแผนการเก็บเกี่ยวข้าว");
        assertThat(s.get(Signal.WORDS)).isBetween(8.0, 16.0); // not 1, as spaces would give
        assertThat(s.get(Signal.STOPWORDS)).isGreaterThanOrEqualTo(2); // ใน, ที่
        assertThat(s.get(Signal.MEAN_WORD_LENGTH)).isBetween(2.0, 8.0);
        assertThat(s.get(Signal.NON_ALPHA_WORDS)).isZero();
    }

    @Test
    void repeatedLinesAndParagraphsAreMeasured() {
        String text = "Berita hari ini tentang panen padi.\nBaca juga\nBaca juga\nBaca juga\n\nAkhir kata.\n\nAkhir kata.";
        QualitySignals s = measure("id", text);
        assertThat(s.get(Signal.LINES)).isEqualTo(6);
        assertThat(s.get(Signal.DUP_LINES)).isCloseTo(3.0 / 6, within(1e-9)); // two "Baca juga", one "Akhir kata."
        assertThat(s.get(Signal.DUP_PARAGRAPHS)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.get(Signal.DUP_LINE_CHARS)).isCloseTo((9 + 9 + 11) / (double) text.length(), within(1e-9));
    }

    @Test
    void eachScriptEndsSentencesWithItsOwnPunctuation() {
        assertThat(measure("km", "កសិករដាំស្រូវ។\nគាត់ទៅផ្សារ៕\nចំណងជើង").get(Signal.PUNCT_LINES))
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(measure("my", "လယ်သမားများ စပါးစိုက်သည်။\nခေါင်းစဉ်").get(Signal.PUNCT_LINES)).isEqualTo(0.5);
        assertThat(measure("zh", "农民正在收割水稻。\n“你好！”\n标题").get(Signal.PUNCT_LINES))
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(measure("vi", "Chợ đông người.\nTrang chủ").get(Signal.PUNCT_LINES)).isEqualTo(0.5);
    }

    @Test
    void thaiLinesOfRunningTextEndSentencesWithoutPunctuation() {
        // Thai ends a sentence with a space, not a mark: a long line of text counts, a menu item does not
        String text = "เกษตรกรในจังหวัดสุพรรณบุรีเริ่มใช้แอปพลิเคชันวางแผนเก็บเกี่ยวข้าว\nหน้าแรก\nติดต่อเรา";
        assertThat(measure("th", text).get(Signal.PUNCT_LINES)).isCloseTo(1.0 / 3, within(1e-9));
        // in Khmer the same rule does not apply: a line without ។ does not end a sentence
        assertThat(measure("km", "កសិករខេត្តបាត់ដំបងប្រមូលផលស្រូវបានច្រើនជាងមុនក្រោយមានប្រឡាយទឹក")
                .get(Signal.PUNCT_LINES)).isZero();
    }

    @Test
    void bulletsEllipsesAndNumbers() {
        QualitySignals s = measure("en", "• one item\n- another item\n* third\nRead more...\nMore…\n2024 2025 2026");
        assertThat(s.get(Signal.BULLET_LINES)).isCloseTo(3.0 / 6, within(1e-9));
        assertThat(s.get(Signal.ELLIPSIS_LINES)).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(s.get(Signal.NON_ALPHA_WORDS)).isCloseTo(3.0 / s.get(Signal.WORDS), within(1e-9));
    }

    @Test
    void laoCountsItsOwnEllipsisFromItsProfile() {
        // ຯ (U+0EAF) is the Lao ellipsis: lo.yaml's quality.ellipsis; ... and … count in every language
        String lao = "ຂ່າວມື້ນີ້ ກ່ຽວກັບການເກັບກ່ຽວເຂົ້າ\nອ່ານຕໍ່ຯ\nອ່ານຕໍ່...";
        assertThat(PROFILES.get("lo").quality().ellipsis()).isEqualTo("ຯ");
        assertThat(measure("lo", lao).get(Signal.ELLIPSIS_LINES)).isCloseTo(2.0 / 3, within(1e-9));
        // until session 13 the Lao mark counted in every language's lines; a Thai profile has no such mark
        assertThat(PROFILES.get("th").quality().ellipsis()).isEmpty();
        assertThat(measure("th", "ข่าววันนี้\nอ่านต่อຯ\nอ่านต่อ...").get(Signal.ELLIPSIS_LINES))
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void repeatedNgramsOfASpamPageAreHighAndOfAnArticleLow() {
        String spam = "murah sekali beli sekarang juga ".repeat(20);
        QualitySignals s = measure("id", spam);
        assertThat(s.get(Signal.TOP2GRAM)).isGreaterThan(0.2);
        assertThat(s.get(Signal.DUP10GRAM)).isGreaterThan(0.8);
        QualitySignals article = measure("id", "Petani di Karawang mulai memanen padi lebih awal tahun ini karena "
                + "curah hujan yang tinggi. Mereka berharap harga gabah tetap stabil hingga akhir bulan.");
        assertThat(article.get(Signal.TOP2GRAM)).isZero();
        assertThat(article.get(Signal.DUP5GRAM)).isZero();
    }

    @Property(tries = 200)
    void sharesStayBetweenZeroAndOne(@ForAll String text) {
        QualitySignals s = measure("th", text);
        for (Signal signal : Signal.values()) {
            if (!signal.isCount() && signal != Signal.MEAN_WORD_LENGTH && signal != Signal.NEWLINES_PER_WORD
                    && signal != Signal.LANG_SCORE) {
                assertThat(s.get(signal)).as(signal.key()).isBetween(0.0, 1.0);
            }
        }
        assertThat(s.get(Signal.CHARS)).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Property(tries = 100)
    void measuringIsDeterministic(@ForAll String text) {
        assertThat(measure("vi", text)).isEqualTo(measure("vi", text));
    }
}
