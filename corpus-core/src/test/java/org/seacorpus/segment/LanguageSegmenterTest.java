package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

class LanguageSegmenterTest {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);

    private static List<String> words(String lang, String text) {
        return SEGMENTERS.forLanguage(lang).words(text).stream().map(Token::text).toList();
    }

    @Test
    void emptyAndBlankTextHaveNoWordsAndNoSentences() {
        for (String lang : List.of("th", "lo", "km", "my", "vi", "id", "fil", "zh", "und")) {
            assertThat(SEGMENTERS.forLanguage(lang).words("")).isEmpty();
            assertThat(SEGMENTERS.forLanguage(lang).sentences("")).isEmpty();
            assertThat(SEGMENTERS.forLanguage(lang).words(" \n\u200B ")).isEmpty();
        }
    }

    @Test
    void thaiUnspacedTextIsCutIntoDictionaryWords() {
        assertThat(words("th", "แม่ซื้อข้าวที่ตลาด")).containsExactly("แม่", "ซื้อ", "ข้าว", "ที่", "ตลาด");
    }

    @Test
    void digitsAreCutFromThaiLettersThatIcuGluesThemTo() {
        assertThat(words("th", "มหาวิทยาลัยก่อตั้งเมื่อปี2500")).endsWith("ปี", "2500");
        assertThat(SEGMENTERS.forLanguage("th").words("ปี2500").get(1).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void zeroWidthSpaceIsAWordBoundaryInKhmerAndBurmeseAndTextWithoutItStillSegments() {
        assertThat(words("km", "ភ្នំ\u200Bពេញ")).containsExactly("ភ្នំ", "ពេញ");
        assertThat(words("km", "ភ្នំពេញ")).containsExactly("ភ្នំពេញ");
        assertThat(words("my", "ကျွန်တော်\u200Bသွား\u200Bမယ်")).containsExactly("ကျွန်တော်", "သွား", "မယ်");
        assertThat(words("my", "ကျွန်တော်သွားမယ်")).contains("ကျွန်တော်");
    }

    @Test
    void burmeseSyllableModeCutsEveryWordIntoSyllables() {
        Segmenters syllables = new Segmenters(PROFILES, new SegmentOptions(java.util.Map.of(), java.util.Set.of("my")));
        assertThat(syllables.forLanguage("my").syllableMode()).isTrue();
        assertThat(syllables.forLanguage("my").words("မြန်မာနိုင်ငံ").stream().map(Token::text))
                .containsExactly("မြန်", "မာ", "နိုင်", "ငံ");
    }

    @Test
    void vietnameseSyllablesAreGroupedIntoListedWordsAndNames() {
        assertThat(words("vi", "Tôi là học sinh trường đại học Bách Khoa Hà Nội."))
                .containsExactly("Tôi", "là", "học sinh", "trường", "đại học", "Bách Khoa", "Hà Nội");
        assertThat(words("vi", "Ông Nguyễn Văn An sống ở thành phố Hồ Chí Minh"))
                .containsExactly("Ông", "Nguyễn Văn An", "sống", "ở", "thành phố", "Hồ Chí Minh");
    }

    @Test
    void hyphenatedReduplicationAndAffixesStayOneWordInMalayIndonesianAndTagalog() {
        assertThat(words("id", "Anak-anak bermain di sekolah.")).containsExactly("Anak-anak", "bermain", "di",
                "sekolah");
        assertThat(words("ms", "Kanak-kanak itu ke-2 dalam kelas")).contains("Kanak-kanak", "ke-2");
        assertThat(words("fil", "Si Maria ay nag-aaral ng Ingles.")).contains("nag-aaral");
    }

    @Test
    void urlsEmailsAndNumbersStayWhole() {
        String text = "Email ke info@contoh.co.id atau buka https://www.contoh.co.id/berita?id=5, harga "
                + "Rp 1.250.000,50 pada 29/11/2026 pukul 10:30.";
        List<Token> tokens = SEGMENTERS.forLanguage("id").words(text);
        assertThat(tokens).extracting(Token::text).contains("info@contoh.co.id",
                "https://www.contoh.co.id/berita?id=5", "1.250.000,50", "29/11/2026", "10:30");
        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.URL).hasSize(1);
        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.EMAIL).hasSize(1);
        assertThat(words("th", "ดูที่ https://th.wikipedia.org/wiki/ประเทศไทย ครับ"))
                .contains("https://th.wikipedia.org/wiki/ประเทศไทย");
    }

    @Test
    void tokensCarryTheirOffsetsInTheText() {
        String text = "ข่าว: ฝนตกหนักที่เชียงใหม่";
        for (Token t : SEGMENTERS.forLanguage("th").words(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void userDictionaryMergesPiecesAndSplitsCompounds() {
        // the built-in lexicon knows ไข้เลือดออก (dengue) since it counts the Thai National Corpus; it lacks
        // ไข้หวัดนก (bird flu), which a medical corpus wants whole
        WordList medical = WordList.parse("""
                # bird flu, one word for this corpus
                ไข้หวัดนก
                โรง|พยาบาล
                """, "test");
        Segmenters withDict = new Segmenters(PROFILES,
                new SegmentOptions(java.util.Map.of("th", medical), java.util.Set.of()));
        List<String> plain = words("th", "ผู้ป่วยไข้หวัดนกไปโรงพยาบาล");
        List<String> custom = withDict.forLanguage("th").words("ผู้ป่วยไข้หวัดนกไปโรงพยาบาล").stream()
                .map(Token::text).toList();
        assertThat(plain).doesNotContain("ไข้หวัดนก").contains("โรงพยาบาล");
        assertThat(custom).contains("ไข้หวัดนก", "โรง", "พยาบาล").doesNotContain("โรงพยาบาล");
    }
}
