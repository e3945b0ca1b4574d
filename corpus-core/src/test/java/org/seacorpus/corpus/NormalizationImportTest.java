package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.lang.vi.VietnameseToneStyle;
import org.seacorpus.search.SearchRequest;

/**
 * The sample-data hard cases through a real import: the stored text is normalised, the audit names the rules
 * that fired and keeps the original, and search finds the repaired spellings.
 */
class NormalizationImportTest {
    private static final Path SAMPLES = Path.of("..", "sample-data").toAbsolutePath().normalize();
    private static final List<String> FILES = List.of("hard-cases/thai-misordered-marks.txt",
            "hard-cases/burmese-zawgyi.txt", "hard-cases/shan-unicode.txt", "hard-cases/khmer-zwsp.txt",
            "vi/tin-nong-nghiep-cp1258.txt", "vi/huong-dan-nfd.txt", "vi/tin-chien-dich-sot-xuat-huyet-dau-hon-hop.md");

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static Map<String, Document> byFile = new HashMap<>();

    @BeforeAll
    static void importHardCases() throws IOException {
        Path in = tmp.resolve("in");
        for (String file : FILES) {
            Path target = in.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(SAMPLES.resolve(file), target);
        }
        // TCVN3 ("ABC" font) bytes of a Vietnamese sentence, as a legacy word processor saved them
        Files.write(in.resolve("vi/tcvn3.txt"), new byte[] {'N', (byte) 0xAB, 'n', 'g', ' ', 'd', (byte) 0xA9, 'n',
            ' ', 't', 'r', (byte) 0xE5, 'n', 'g', ' ', 'l', (byte) 0xF3, 'a', ' ', (byte) 0xEB, ' ', (byte) 0xAE,
            (byte) 0xE5, 'n', 'g', ' ', 'b', (byte) 0xBB, 'n', 'g', ' ', 's', (byte) 0xAB, 'n', 'g', ' ', 'C',
            (byte) 0xF6, 'u', ' ', 'L', 'o', 'n', 'g'});
        // the windows-1258 article as an HTML page without a charset declaration: Tika decodes it, wrongly
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        html.writeBytes("<html><head><title>Tin</title></head><body><p>".getBytes(StandardCharsets.US_ASCII));
        html.writeBytes(Files.readAllBytes(SAMPLES.resolve("vi/tin-nong-nghiep-cp1258.txt")));
        html.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("vi/cp1258-page.html"), html.toByteArray());
        corpus = Corpus.create(tmp.resolve("corpus"), "hard cases");
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(report.failed()).isEmpty();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpus.home().indexDir()))) {
            DocumentMapper mapper = new DocumentMapper();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document doc = new org.seacorpus.index.StoredDocuments(reader, mapper).read(i).document();
                String source = doc.origin().source();
                byFile.put(source.substring(source.lastIndexOf("/in/") + 4), doc);
            }
        }
    }

    private static String sample(String file) throws IOException {
        return Files.readString(SAMPLES.resolve(file));
    }

    @Test
    void thaiTypingErrorsAreRepairedAndAudited() throws IOException {
        Document doc = byFile.get("hard-cases/thai-misordered-marks.txt");
        assertThat(doc.text()).isEqualTo(sample("hard-cases/thai-misordered-marks.expected.txt").strip());
        assertThat(doc.normalization().original()).isEqualTo(sample("hard-cases/thai-misordered-marks.txt"));
        assertThat(doc.normalization().rules()).containsEntry("thai-sara-ae", 4).containsEntry("thai-sara-am", 3)
                .containsEntry("thai-mark-order", 2).containsEntry("thai-duplicate-marks", 5);
        for (String word : List.of("แม่", "น้ำ", "กี่")) {
            assertThat(corpus.search(new SearchRequest(word, "th", List.of(), 10)).total()).as(word).isEqualTo(1);
        }
    }

    @Test
    void zawgyiIsStoredAsUnicodeAndFoundByUnicodeSearch() throws IOException {
        Document doc = byFile.get("hard-cases/burmese-zawgyi.txt");
        assertThat(doc.text()).isEqualTo(sample("hard-cases/burmese-unicode.txt").strip());
        assertThat(doc.normalization().rules()).containsKey("zawgyi");
        assertThat(doc.normalization().original()).isEqualTo(sample("hard-cases/burmese-zawgyi.txt"));
        assertThat(doc.language().lang()).isEqualTo("my");
        assertThat(corpus.search(new SearchRequest("စာကြည့်တိုက်", "my", List.of(), 10)).total()).isEqualTo(1);
    }

    @Test
    void shanIsNotTreatedAsBurmese() throws IOException {
        Document doc = byFile.get("hard-cases/shan-unicode.txt");
        assertThat(doc.text()).isEqualTo(sample("hard-cases/shan-unicode.txt").strip());
        assertThat(doc.normalization().rules()).containsOnlyKeys("whitespace");
    }

    @Test
    void khmerWordBoundariesTypedAsZeroWidthSpacesAreKept() throws IOException {
        Document doc = byFile.get("hard-cases/khmer-zwsp.txt");
        assertThat(doc.text().chars().filter(c -> c == 0x200B).count()).isEqualTo(113);
        assertThat(doc.normalization().rules()).doesNotContainKey("zero-width");
        assertThat(corpus.search(new SearchRequest("កសិករ", "km", List.of(), 10)).total()).isEqualTo(1);
    }

    @Test
    void windows1258IsDetectedDecodedAndComposed() {
        Document doc = byFile.get("vi/tin-nong-nghiep-cp1258.txt");
        assertThat(doc.origin().encoding()).isEqualTo("windows-1258");
        assertThat(doc.text()).startsWith("Nông dân đồng bằng sông Cửu Long chuyển sang giống lúa chịu mặn");
        assertThat(java.text.Normalizer.isNormalized(doc.text(), Form.NFC)).isTrue();
    }

    @Test
    void windows1258ThatTikaMisreadIsRepairedByTheNormaliser() {
        Document doc = byFile.get("vi/cp1258-page.html");
        assertThat(doc.text()).contains("Nông dân đồng bằng sông Cửu Long chuyển sang giống lúa chịu mặn");
        assertThat(doc.normalization().rules()).containsKey("vietnamese-font:windows-1258");
    }

    @Test
    void tcvn3IsDetectedAndDecoded() {
        Document doc = byFile.get("vi/tcvn3.txt");
        assertThat(doc.origin().encoding()).isEqualTo("x-viet-tcvn3");
        assertThat(doc.text()).isEqualTo("Nông dân trồng lúa ở đồng bằng sông Cửu Long");
    }

    @Test
    void decomposedVietnameseIsComposed() throws IOException {
        Document doc = byFile.get("vi/huong-dan-nfd.txt");
        String nfc = java.text.Normalizer.normalize(sample("vi/huong-dan-nfd.txt"), Form.NFC).strip();
        assertThat(doc.text()).isEqualTo(nfc);
        assertThat(doc.normalization().rules()).containsKey("nfc");
        assertThat(doc.normalization().original().length()).isEqualTo(1776);
    }

    @Test
    void mixedTonePlacementIsUnifiedOnTheDefaultTraditionalStyle() {
        Document doc = byFile.get("vi/tin-chien-dich-sot-xuat-huyet-dau-hon-hop.md");
        assertThat(doc.text()).contains("Thủy", "Thúy", "hòa", "hóa", "khỏe", "Tùy")
                .doesNotContain("Thuỷ", "Thuý", "Hoà", "hoá", "khoẻ", "Tuỳ");
        assertThat(doc.normalization().rules()).containsEntry("vietnamese-tone", 6);
        assertThat(doc.normalization().original()).contains("Thuỷ", "khoẻ");
    }

    @Test
    void theToneStyleIsASettingOfTheCorpus() throws IOException {
        Path home = tmp.resolve("modern");
        Corpus.create(home, "modern");
        Path yaml = home.resolve("corpus.yaml");
        String withSetting = Files.readString(yaml)
                .replace("settings: {}", "settings:\n  vietnamese_tone_style: modern");
        Files.writeString(yaml, withSetting, StandardCharsets.UTF_8);
        Corpus modern = Corpus.open(home);
        assertThat(VietnameseToneStyle.of(modern.normalizerOptions()).name()).isEqualTo("MODERN");
    }
}
