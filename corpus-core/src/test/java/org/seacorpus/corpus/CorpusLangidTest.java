package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.identify.LabelledText;
import org.seacorpus.lang.identify.ModelTraining;

/** Language identification inside import: stored languages, scores and spans, --lang, and a corpus's own model. */
class CorpusLangidTest {
    static final String MALAY = "Kerajaan negeri akan membina sebuah hospital baharu di daerah ini tahun hadapan.\n"
            + "Menteri Besar berkata projek itu dijangka siap dalam tempoh tiga tahun.\n";
    static final String THAI_ENGLISH = "กรมอุตุนิยมวิทยาประกาศเตือนพายุฝนฟ้าคะนองในภาคเหนือตลอดสัปดาห์นี้\n\n"
            + "The department warned of thunderstorms in the north throughout the week.\n\n"
            + "เจ้าหน้าที่ได้เตรียมศูนย์อพยพไว้แล้วในหลายจังหวัด ประชาชนควรติดตามข่าวสารอย่างใกล้ชิด\n";
    static final String NUMBERS = "2024 | 12.500 | 13.000 | 13.200\n2025 | 12.700 | 13.100 | 13.400\n";
    static final String MINANGKABAU = "Ambo indak ka pai ka pasa isuak dek hujan labek.\n"
            + "Baa kaba amak jo apak di kampuang? Alah lamo indak basuo.\n";

    private static Path sources(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ms.txt"), MALAY, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("th-en.txt"), THAI_ENGLISH, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("numbers.txt"), NUMBERS, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("min.txt"), MINANGKABAU, StandardCharsets.UTF_8);
        return in;
    }

    private static Map<String, LanguageInfo> stored(Corpus corpus) throws IOException {
        Map<String, LanguageInfo> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpus.home().indexDir()))) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var d = new org.seacorpus.index.StoredDocuments(reader).read(doc).document();
                out.put(Path.of(d.origin().source()).getFileName().toString(), d.language());
            }
        }
        return out;
    }

    @Test
    void importIdentifiesEveryDocumentWithScoresAndSpans(@TempDir Path dir) throws IOException {
        Corpus corpus = Corpus.create(dir.resolve("c"), "test");
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(sources(dir))).withThreads(2), null);
        assertThat(report.byLanguage()).containsEntry("ms", 1L).containsEntry("th", 1L);
        Map<String, LanguageInfo> docs = stored(corpus);
        assertThat(docs.get("ms.txt").lang()).isEqualTo("ms");
        assertThat(docs.get("ms.txt").score()).isGreaterThan(0.9);
        LanguageInfo mixed = docs.get("th-en.txt");
        assertThat(mixed.lang()).isEqualTo("th");
        assertThat(mixed.spans()).extracting(LangSpan::lang).containsExactly("th", "en", "th");
        assertThat(docs.get("numbers.txt").lang()).isEqualTo("und");
        assertThat(docs.get("min.txt").lang()).isNotEqualTo("min");

        List<LabelledText> curated = new ArrayList<>();
        assertThat(corpus.forEachCuratedText(curated::add)).isEqualTo(curated.size());
        assertThat(curated).extracting(LabelledText::label).doesNotContain("und").contains("ms", "th");
    }

    @Test
    void aForcedLanguageIsStoredAsForced(@TempDir Path dir) throws IOException {
        Corpus corpus = Corpus.create(dir.resolve("c"), "test");
        corpus.importFrom(ImportOptions.of(List.of(sources(dir))).withForcedLang("ms"), null);
        Map<String, LanguageInfo> docs = stored(corpus);
        assertThat(docs.values()).allSatisfy(info -> {
            assertThat(info.lang()).isEqualTo("ms");
            assertThat(info.forced()).isTrue();
        });
        assertThat(docs.get("th-en.txt").script()).isEqualTo("Thai");
    }

    @Test
    void aModelNamedInTheCorpusSettingsIsUsedAtImport(@TempDir Path dir) throws IOException {
        Path in = sources(dir);
        Path home = dir.resolve("c");
        Corpus.create(home, "test");
        Path minTexts = Files.createDirectories(dir.resolve("train"));
        Files.copy(Path.of(getClass().getResource("/langid/train-min/min.txt").getPath()), minTexts.resolve("min.txt"));
        ModelTraining.Result trained = ModelTraining.train(
                new ModelTraining.Request(List.of(minTexts), null, null, true, 5, 2), null);
        ModelTraining.write(trained, home.resolve("langid.ngram"), "test");
        Path yaml = home.resolve("corpus.yaml");
        String config = Files.readString(yaml);
        assertThat(config).contains("settings: {}");
        Files.writeString(yaml, config.replace("settings: {}", "settings:\n  langid_model: langid.ngram"));

        Corpus corpus = Corpus.open(home);
        corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(stored(corpus).get("min.txt").lang()).isEqualTo("min");
        assertThat(stored(corpus).get("ms.txt").lang()).isEqualTo("ms");
    }

    @Test
    void aMissingModelFileIsAClearError(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("c");
        Corpus.create(home, "test");
        Path yaml = home.resolve("corpus.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("settings: {}", "settings:\n  langid_model: gone.ngram"));
        assertThatThrownBy(() -> Corpus.open(home).languageIdentifier())
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("langid_model").hasMessageContaining("gone.ngram");
    }
}
