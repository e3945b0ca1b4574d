package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.testing.SampleCorpora;

/**
 * A concordance whose contexts and sort keys come from the index's token fields is the concordance cut from the
 * stored text by the segmenter, line for line: same hits, same order under every sort key, same contexts in
 * words and in columns, on the sample data and on a generated corpus ({@link SampleCorpora}). The queries are
 * each language's commonest words and word pairs, and words found inside longer words through the syllable and
 * bigram fields (the hit then cuts a token).
 */
class ConcordancePathsTest {
    private static final List<String> SORTS = java.util.Arrays.asList(null, "1R", "1L", "2L,1R", "1R,2R,3R", "hit",
            "doc", "2R,hit");

    @Test
    void sampleDataConcordancesAreTheSameBothWays() throws IOException {
        compare(SampleCorpora.sample(), List.of("ข้าว", "ข้าวหอม", "ເຂົ້າ", "ស្រូវ", "စပါး", "lúa", "padi"));
    }

    @Test
    void generatedConcordancesAreTheSameBothWays() throws IOException {
        compare(SampleCorpora.generated(), List.of("ข้าว", "น้ำ", "ນ້ຳ"));
    }

    @Test
    void concordancesOfACorpusWithBothTokenFormatsAreTheSameBothWays(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("both-formats");
        Path from = SampleCorpora.generated().home().dir();
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("write.lock")) {
                    Files.copy(path, target);
                }
            }
        }
        Corpus both = Corpus.open(copy);
        // every other document as an import before session 18 wrote it (token format 1, sorted-set forms)
        org.seacorpus.index.TokenFieldsFormat1.rewriteIndex(both.home().indexDir(), both.profiles(),
                both.segmenters(), doc -> doc % 2 == 1);
        compare(both, List.of("ข้าว", "น้ำ", "ນ້ຳ"));
    }

    private static void compare(Corpus corpus, List<String> extra) throws IOException {
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            LanguageAnalyzers analyzers = new LanguageAnalyzers(corpus.profiles(), corpus.segmenters());
            Concordancer fromTokens = new Concordancer(reader, analyzers, corpus.segmenters(), true);
            Concordancer fromText = new Concordancer(reader, analyzers, corpus.segmenters(), false);
            List<SearchRequest> searches = new ArrayList<>();
            for (String lang : List.of("th", "lo", "km", "my", "vi", "id", "zh")) {
                FrequencyList words = corpus.analysis().frequencies(Selection.of(null, lang, List.of()), 1, 2);
                for (WordFrequency w : words.words()) {
                    searches.add(new SearchRequest(QueryParser.escape(w.word()), lang, List.of(), 10));
                }
                for (WordFrequency pair : corpus.analysis().ngrams(Selection.of(null, lang, List.of()), 2, 2, 1, 1)
                        .get(0).words()) {
                    searches.add(new SearchRequest("\"" + QueryParser.escape(pair.word()) + "\"", lang, List.of(), 10));
                }
            }
            for (String word : extra) {
                searches.add(new SearchRequest(word, null, List.of(), 10));
            }
            for (SearchRequest search : searches) {
                // every sort for Thai and the words given, the commonest sorts for the rest
                boolean all = search.lang() == null || "th".equals(search.lang());
                for (String sort : all ? SORTS : SORTS.subList(0, 4)) {
                    for (boolean columns : new boolean[] {false, true}) {
                        KwicRequest request = new KwicRequest(search, columns ? 24 : 3, columns, sort, 40, 0);
                        KwicResult expected = fromText.run(request);
                        KwicResult actual = fromTokens.run(request);
                        for (int i = 0; i < Math.min(expected.lines().size(), actual.lines().size()); i++) {
                            assertThat(actual.lines().get(i)).as("line %d of %s sorted by %s in %s", i,
                                    search.query(), sort, columns ? "columns" : "words")
                                    .isEqualTo(expected.lines().get(i));
                        }
                        assertThat(actual).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
