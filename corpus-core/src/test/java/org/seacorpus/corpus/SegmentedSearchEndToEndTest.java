package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.segment.Token;

/**
 * Imports Khmer, Burmese, Thai, Lao and Vietnamese text through the façade and searches it: part of a long
 * Khmer or Burmese word is found through the syllable sub-field, Thai and Lao words inside unspaced text are
 * found, Vietnamese without diacritics finds the text with them, and a dictionary named in corpus.yaml is used.
 */
class SegmentedSearchEndToEndTest {
    @TempDir
    static Path dir;
    static Corpus corpus;

    @BeforeAll
    static void importSamples() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("km.txt"), "ប្រទេសកម្ពុជាមានប្រជាជនច្រើន។ ខ្ញុំចង់ទៅលេងភ្នំពេញ។");
        write(in.resolve("my.txt"), "မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် ရှိသည်။");
        write(in.resolve("th.txt"), "ฉันไปโรงพยาบาลเมื่อวานนี้เพราะปวดหัวมาก");
        write(in.resolve("lo.txt"), "ພວກເຮົາເປັນນັກຮຽນຢູ່ວຽງຈັນ");
        Path vi = Files.createDirectories(dir.resolve("vi"));
        write(vi.resolve("vi.txt"), "Tôi là học sinh trường đại học Bách Khoa.");
        Path home = dir.resolve("corpus");
        Corpus.create(home, "segmentation");
        Files.createDirectories(home.resolve("dict"));
        write(home.resolve("dict/th.txt"), "ไข้เลือดออก\n");
        Path yaml = home.resolve("corpus.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("settings: {}",
                "settings:\n  segment:\n    dictionaries:\n      th: dict/th.txt"));
        corpus = Corpus.open(home);
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(report.failed()).isEmpty();
        assertThat(report.byLanguage()).containsKeys("km", "my", "th", "lo");
        // Latin script does not decide a language by itself: Vietnamese is named here
        assertThat(corpus.importFrom(ImportOptions.of(List.of(vi)).withForcedLang("vi"), null).failed()).isEmpty();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static SearchResult search(String query, String lang) {
        return corpus.search(new SearchRequest(query, lang, List.of(), 10));
    }

    /**
     * Import and search cut text with the same segmenter: every word of an imported line, typed as a query, is
     * cut the same way by the query analyzer and finds its document (a query cut differently would be a phrase
     * of other terms and find nothing).
     */
    @Test
    void everyWordImportCutIsFoundByTypingIt() {
        Map<String, String> lines = Map.of(
                "km", "ប្រទេសកម្ពុជាមានប្រជាជនច្រើន។",
                "my", "မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် ရှိသည်။",
                "th", "ฉันไปโรงพยาบาลเมื่อวานนี้เพราะปวดหัวมาก",
                "lo", "ພວກເຮົາເປັນນັກຮຽນຢູ່ວຽງຈັນ");
        lines.forEach((lang, line) -> {
            for (Token word : corpus.segmenters().forLanguage(lang).words(line)) {
                assertThat(search(word.text(), lang).total()).as("%s word %s", lang, word.text()).isEqualTo(1);
            }
        });
    }

    @Test
    void partOfAKhmerCompoundIsFound() {
        assertThat(corpus.segmenters().forLanguage("km").words("ខ្ញុំចង់ទៅលេងភ្នំពេញ។"))
                .extracting(Token::text).contains("ភ្នំពេញ");
        SearchResult hits = search("ពេញ", "km");
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.hits().get(0).snippet()).contains("«ពេញ»");
        assertThat(search("ប្រជាជន", null).total()).isEqualTo(1);
    }

    @Test
    void partOfABurmeseCompoundIsFound() {
        // "Myanmar | country" is a free combination in our convention (docs/segmentation.md); "Southeast Asia" is
        // one word, and its part "Asia" is found through the syllable sub-field
        assertThat(corpus.segmenters().forLanguage("my").words("မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင်"))
                .extracting(Token::text).containsExactly("မြန်မာ", "နိုင်ငံ", "သည်", "အရှေ့တောင်အာရှ", "တွင်");
        assertThat(search("နိုင်ငံ", "my").total()).isEqualTo(1);
        assertThat(search("မြန်မာနိုင်ငံ", null).total()).isEqualTo(1);
        SearchResult asia = search("အာရှ", "my");
        assertThat(asia.total()).isEqualTo(1);
        assertThat(asia.hits().get(0).snippet()).contains("«အာရှ»");
    }

    @Test
    void thaiAndLaoWordsInsideUnspacedTextAreFound() {
        assertThat(search("โรงพยาบาล", "th").total()).isEqualTo(1);
        assertThat(search("ปวดหัว", null).total()).isEqualTo(1);
        assertThat(search("ນັກຮຽນ", "lo").total()).isEqualTo(1);
        assertThat(search("ວຽງຈັນ", null).total()).isEqualTo(1);
        assertThat(search("ภูเขา", "th").total()).isZero();
    }

    @Test
    void vietnameseIsFoundWithAndWithoutDiacritics() {
        assertThat(search("học sinh", "vi").total()).isEqualTo(1);
        assertThat(search("\"đại học\"", "vi").total()).isEqualTo(1);
        assertThat(search("hoc sinh", "vi").total()).isEqualTo(1);
        assertThat(search("học sinh giỏi", "vi").total()).isZero();
    }

    @Test
    void theCorpusUsesTheDictionaryNamedInItsSettings() {
        assertThat(corpus.segmenters().forLanguage("th").words("เป็นไข้เลือดออก"))
                .extracting(Token::text).contains("ไข้เลือดออก");
    }

    @Test
    void aLanguageConfinesQueriesOnOtherFieldsToo() {
        assertThat(search("*:*", null).total()).isEqualTo(5);
        assertThat(search("*:*", "km").total()).isEqualTo(1);
        assertThat(search("*:*", "km").hits().get(0).lang()).isEqualTo("km");
        assertThat(search("lang:lo", "th").total()).isZero();
        assertThat(search("lang:lo", "lo").total()).isEqualTo(1);
    }
}
