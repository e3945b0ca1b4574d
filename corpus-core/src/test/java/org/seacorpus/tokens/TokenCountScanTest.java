package org.seacorpus.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.search.Selection;

/** Token counts of a real corpus by language, beside the words the import counted. */
class TokenCountScanTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();
    @TempDir
    static Path root;
    static Corpus corpus;

    @BeforeAll
    static void importSamples() {
        corpus = Corpus.create(root.resolve("corpus"), "tokens");
        corpus.importFrom(ImportOptions.of(List.of("th", "km", "my", "en").stream().map(SAMPLE_DATA::resolve)
                .toList()).withThreads(2), null);
    }

    @Test
    void everyDocumentIsCountedOnceAndTheSumsAreTheTokenizers() throws Exception {
        TokenCounter o200k = TokenCounters.open("o200k_base");
        TokenReport report = corpus.analysis().tokens(Selection.ALL, o200k);
        assertThat(report.tokenizer()).isEqualTo("o200k_base");
        assertThat(report.byLanguage()).containsKeys("th", "km", "my", "en");
        var stats = corpus.analysis().stats(Selection.ALL);
        assertThat(report.total().documents()).isEqualTo(stats.total().documents());
        assertThat(report.total().words()).isEqualTo(stats.total().words());
        assertThat(report.total().chars()).isEqualTo(stats.total().chars());
        // the Thai sum is the sum of the Thai texts' counts, whatever the threads did
        long expected = 0;
        for (String text : TextsOf.language(corpus, "th")) {
            expected += o200k.count(text);
        }
        assertThat(report.byLanguage().get("th").tokens()).isEqualTo(expected);
    }

    @Test
    void tokensPerWordShowHowBadlyBurmeseAndKhmerAreServed() {
        TokenReport report = corpus.analysis().tokens(Selection.ALL, TokenCounters.open("cl100k_base"));
        double english = report.byLanguage().get("en").tokensPerWord();
        assertThat(english).isBetween(1.0, 2.0);
        assertThat(report.byLanguage().get("my").tokensPerWord()).isGreaterThan(3 * english);
        assertThat(report.byLanguage().get("km").tokensPerWord()).isGreaterThan(3 * english);
    }

    @Test
    void aSubcorpusCountsOnlyItsDocuments() {
        TokenReport khmer = corpus.analysis().tokens(Selection.of(null, "km", List.of()), TokenCounters.open("o200k_base"));
        assertThat(khmer.byLanguage()).containsOnlyKeys("km");
    }

    /** The stored texts of one language, read from the index. */
    static final class TextsOf {
        static List<String> language(Corpus corpus, String lang) throws Exception {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var dir = org.apache.lucene.store.FSDirectory.open(corpus.home().indexDir());
                 var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                var searcher = new org.apache.lucene.search.IndexSearcher(reader);
                var hits = searcher.search(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(org.seacorpus.index.Fields.LANG, lang)), 10_000);
                for (var hit : hits.scoreDocs) {
                    var doc = searcher.storedFields().document(hit.doc);
                    if (org.seacorpus.index.StoredDocuments.marks(reader, hit.doc).status()
                            == org.seacorpus.document.Status.OK) { // marks are doc values, not stored
                        out.add(doc.get(org.seacorpus.index.Fields.TEXT));
                    }
                }
            }
            return out;
        }
    }
}
