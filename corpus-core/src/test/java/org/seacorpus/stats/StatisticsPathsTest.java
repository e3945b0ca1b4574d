package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.search.FilterParser;
import org.seacorpus.search.Selection;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.testing.SampleCorpora;

/**
 * The index path ({@link WordStatistics}, reading the token doc values) gives exactly the statistics of the text
 * path (the counters over {@link SubcorpusScanner}, which cut the stored text again): every frequency list,
 * n-gram list, collocation table, keyword list and dispersion, whole (no top cut), on the sample data (16
 * languages, with rejected and duplicate documents) and on a corpus generated from its sentences
 * ({@link SampleCorpora}); and also on an index where some documents have no tokens stored, as an index written
 * before the token fields has, and on one where half the documents have token format 1 (sorted-set forms) and
 * half format 2 (forms inline).
 */
class StatisticsPathsTest {
    static final int ALL = Integer.MAX_VALUE;

    @TempDir
    static Path tmp;

    static Corpus sample;
    static Corpus generated;

    @BeforeAll
    static void build() throws IOException {
        sample = SampleCorpora.sample();
        generated = SampleCorpora.generated();
    }

    @Test
    void sampleDataGivesTheSameStatisticsBothWays() throws IOException {
        compareEverything(sample);
    }

    @Test
    void aGeneratedCorpusGivesTheSameStatisticsBothWays() throws IOException {
        compareEverything(generated);
    }

    @Test
    void aCorpusWithBothTokenFormatsGivesTheSameStatisticsBothWays() throws IOException {
        Path copy = tmp.resolve("both-formats");
        copyTree(generated.home().dir(), copy);
        Corpus both = Corpus.open(copy);
        // every other document as an import before session 18 wrote it (token format 1, sorted-set forms)
        org.seacorpus.index.TokenFieldsFormat1.rewriteIndex(both.home().indexDir(), both.profiles(),
                both.segmenters(), doc -> doc % 2 == 0);
        compareEverything(both);
    }

    @Test
    void documentsWithoutTokensAreCutFromTheirText() throws IOException {
        Path copy = tmp.resolve("old-index");
        copyTree(generated.home().dir(), copy);
        Corpus old = Corpus.open(copy);
        // rewrite every third Thai and every Lao document as an index written before the token fields would hold it
        try (var dir = FSDirectory.open(old.home().indexDir());
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new LanguageAnalyzers(old.profiles(),
                     old.segmenters())));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            DocumentMapper withoutTokens = new DocumentMapper(old.profiles());
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var fields = stored.document(doc);
                String lang = fields.get(Fields.LANG);
                if ("lo".equals(lang) || "th".equals(lang) && doc % 3 == 0) {
                    DocumentMapper.Stored s = new org.seacorpus.index.StoredDocuments(reader, withoutTokens).read(doc);
                    writer.updateDocument(new Term(Fields.ID, s.document().id()),
                            withoutTokens.toLucene(s.document(), s.fingerprint(), s.importedAt()));
                }
            }
        }
        try (var dir = FSDirectory.open(old.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            WordStatistics index = new WordStatistics(reader, old.segmenters());
            Paths paths = new Paths(old, reader);
            Query all = paths.query(Selection.ALL);
            assertThat(index.frequencies(all, 1, ALL)).isEqualTo(paths.text.frequencies(all));
            assertThat(index.textDocuments()).isPositive();
            Query thai = paths.query(Selection.of(null, "th", List.of()));
            assertThat(index.ngrams(thai, 1, 3, 1, ALL)).isEqualTo(paths.text.ngrams.count(thai, 1, 3, 1, ALL));
            String node = paths.text.frequencies(thai).words().get(0).word();
            assertThat(index.collocations(thai, node, 3, 3, AssociationMeasure.LOGDICE, 1, ALL))
                    .isEqualTo(paths.text.collocations(thai, node));
        }
    }

    /** Every statistic on several subcorpora, both ways. */
    private static void compareEverything(Corpus corpus) throws IOException {
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            WordStatistics index = new WordStatistics(reader, corpus.segmenters());
            Paths paths = new Paths(corpus, reader);
            List<Selection> selections = new ArrayList<>(List.of(Selection.ALL, Selection.ALL.including(true, true),
                    Selection.of("ข้าว OR padi OR lúa", null, List.of()),
                    Selection.of(null, null, List.of("-lang:th|lo"))));
            for (String lang : List.of("th", "lo", "km", "my", "vi", "id", "zh", "en")) {
                selections.add(Selection.of(null, lang, List.of()));
            }
            for (Selection selection : selections) {
                // everything on the whole corpus and on Thai; on the other subcorpora the lists and one node
                boolean full = selection == selections.get(0) || "th".equals(selection.lang());
                Query q = paths.query(selection);
                FrequencyList words = paths.text.frequencies(q);
                assertThat(index.frequencies(q, 1, ALL)).as("words of %s", selection).isEqualTo(words);
                if (full) {
                    assertThat(index.frequencies(q, 2, 25)).isEqualTo(paths.text.frequencies.count(q, 2, 25));
                }
                assertThat(index.ngrams(q, 2, 3, 1, ALL)).as("n-grams of %s", selection)
                        .isEqualTo(paths.text.ngrams(q));
                List<String> common = words.words().stream().limit(full ? 3 : 1).map(WordFrequency::word).toList();
                for (String node : common) {
                    assertThat(index.collocations(q, node, 3, 3, AssociationMeasure.LOGDICE, 1, ALL))
                            .as("collocates of %s in %s", node, selection)
                            .isEqualTo(paths.text.collocations(q, node));
                    assertThat(index.collocations(q, node, 1, 0, AssociationMeasure.LL, 2, 10))
                            .isEqualTo(paths.text.collocationFinder.find(q, node, 1, 0, AssociationMeasure.LL, 2, 10));
                }
                List<String> some = new ArrayList<>(common);
                some.add("ไม่มีคำนี้");
                String[] parts = full ? new String[] {null, Fields.LANG, Fields.SOURCE, Fields.STATUS, "meta.genre"}
                        : new String[] {null};
                for (String by : parts) {
                    if (!common.isEmpty()) {
                        assertThat(index.dispersion(q, some, by)).as("dispersion by %s in %s", by, selection)
                                .isEqualTo(paths.text.dispersion.measure(q, some, by));
                    }
                }
            }
            Query base = paths.query(Selection.ALL);
            for (String[] pair : new String[][] {{"lang:th", "lang:lo"}, {"meta.genre:news", null},
                {"source:*news*", "source:*dialogue*"}}) {
                Query focus = and(base, FilterParser.forIndex(reader).query(pair[0]));
                Query reference = pair[1] != null ? and(base, FilterParser.forIndex(reader).query(pair[1]))
                        : new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                        .add(FilterParser.forIndex(reader).query(pair[0]), BooleanClause.Occur.MUST_NOT).build();
                for (KeynessCalculator.Measure measure : KeynessCalculator.Measure.values()) {
                    assertThat(index.keyness(focus, reference, measure, 1, 1, ALL)).as("keyness %s", java.util.Arrays.toString(pair))
                            .isEqualTo(paths.text.keyness.compare(focus, reference, measure, 1, 1, ALL));
                    assertThat(index.keyness(focus, reference, measure, 100, 3, 20))
                            .isEqualTo(paths.text.keyness.compare(focus, reference, measure, 100, 3, 20));
                }
            }
        }
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER).build();
    }

    /** The text path's counters on one reader, and the queries of selections. */
    static final class Paths {
        final Text text;
        private final IndexReader reader;
        private final LanguageAnalyzers analyzers;

        Paths(Corpus corpus, IndexReader reader) {
            this.reader = reader;
            this.analyzers = new LanguageAnalyzers(corpus.profiles(), corpus.segmenters());
            this.text = new Text(new SubcorpusScanner(reader, corpus.segmenters()), corpus);
        }

        Query query(Selection selection) {
            return SelectionQuery.build(reader, analyzers, selection);
        }
    }

    /** The reference: today's counters, which cut the stored text. */
    static final class Text {
        final FrequencyCounter frequencies;
        final NgramCounter ngrams;
        final CollocationFinder collocationFinder;
        final KeynessCalculator keyness;
        final DispersionCalculator dispersion;

        Text(SubcorpusScanner scanner, Corpus corpus) {
            frequencies = new FrequencyCounter(scanner);
            ngrams = new NgramCounter(scanner);
            collocationFinder = new CollocationFinder(scanner, corpus.segmenters());
            keyness = new KeynessCalculator(scanner);
            dispersion = new DispersionCalculator(scanner, corpus.segmenters());
        }

        FrequencyList frequencies(Query q) throws IOException {
            return frequencies.count(q, 1, ALL);
        }

        List<FrequencyList> ngrams(Query q) throws IOException {
            return ngrams.count(q, 2, 3, 1, ALL);
        }

        CollocationResult collocations(Query q, String node) throws IOException {
            return collocationFinder.find(q, node, 3, 3, AssociationMeasure.LOGDICE, 1, ALL);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("write.lock")) {
                    Files.copy(path, target);
                }
            }
        }
    }
}
