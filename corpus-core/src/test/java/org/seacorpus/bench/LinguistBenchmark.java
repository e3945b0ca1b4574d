package org.seacorpus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.KeynessCalculator;
import org.seacorpus.stats.WordFrequency;

/**
 * Query latency and statistics times on a generated corpus (docs/linguist.md has the figures). Not a test: it
 * runs only when asked, e.g.
 * <pre>
 * mvn -o -q -pl corpus-core test -Dtest=LinguistBenchmark -Dbench.dir=/tmp/bench -Dbench.docs=100000 \
 *     -Dbench.samples=../sample-data
 * </pre>
 * A corpus already in {@code bench.dir} is reused. Each query goes through the façade as the CLI calls it
 * (a reader is opened per call); p50 and p95 are over the queries after a warm-up.
 */
@EnabledIfSystemProperty(named = "bench.dir", matches = ".+")
class LinguistBenchmark {
    private final Random random = new Random(7);
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        Path work = Path.of(System.getProperty("bench.dir"));
        int documents = Integer.parseInt(System.getProperty("bench.docs", "100000"));
        Corpus corpus;
        if (Files.exists(work.resolve("corpus/corpus.yaml"))) {
            corpus = Corpus.open(work.resolve("corpus"));
        } else {
            Path samples = Path.of(System.getProperty("bench.samples", "../sample-data"));
            Map<String, List<String>> sentences = BenchCorpusGenerator.sentences(samples, work);
            long t0 = System.nanoTime();
            corpus = BenchCorpusGenerator.generate(sentences, documents, work);
            line("generate + import %d documents: %.1f s", documents, (System.nanoTime() - t0) / 1e9);
        }
        var totals = corpus.stats();
        line("corpus: %d documents, %d words, %d characters, %d languages", totals.total().documents(),
                totals.total().words(), totals.total().chars(), totals.lang().size());
        List<String> langs = new ArrayList<>(totals.lang().keySet());

        List<String[]> terms = new ArrayList<>();
        List<String[]> phrases = new ArrayList<>();
        for (String lang : langs) {
            FrequencyList words = corpus.analysis().frequencies(Selection.of(null, lang, List.of()), 1, 2000);
            FrequencyList bigrams = corpus.analysis().ngrams(Selection.of(null, lang, List.of()), 2, 2, 2, 500).get(0);
            for (int i = 0; i < 20; i++) {
                terms.add(new String[] {pick(words.words()), lang});
                phrases.add(new String[] {"\"" + pick(bigrams.words()) + "\"", lang});
            }
        }
        for (int i = 0; i < 100; i++) { // warm-up: JIT and page cache
            String[] q = (i % 2 == 0 ? terms : phrases).get(terms.size() - 1 - i);
            corpus.search(new SearchRequest(q[0], q[1], List.of(), 10));
            corpus.analysis().concordance(new KwicRequest(new SearchRequest(q[0], q[1], List.of(), 10), 5, false,
                    i % 4 == 0 ? "1R" : null, 50, 0));
        }
        latency("term query, one language", terms, q -> () -> corpus.search(new SearchRequest(q[0], q[1], List.of(),
                10)));
        latency("term query, all languages", terms.subList(0, 100), q -> () -> corpus.search(
                new SearchRequest(q[0], null, List.of(), 10)));
        latency("phrase query, one language", phrases, q -> () -> corpus.search(new SearchRequest(q[0], q[1],
                List.of(), 10)));
        latency("KWIC, 50 lines, corpus order", terms.subList(0, 160), q -> () -> corpus.analysis().concordance(
                new KwicRequest(new SearchRequest(q[0], q[1], List.of(), 10), 5, false, null, 50, 0)));
        latency("KWIC, 50 lines, sorted by 1R", terms.subList(0, 160), q -> () -> corpus.analysis().concordance(
                new KwicRequest(new SearchRequest(q[0], q[1], List.of(), 10), 5, false, "1R", 50, 0)));
        latency("KWIC phrase, 50 lines, sorted by 1R", phrases.subList(0, 160), q -> () -> corpus.analysis()
                .concordance(new KwicRequest(new SearchRequest(q[0], q[1], List.of(), 10), 5, false, "1R", 50, 0)));

        String thaiTop = corpus.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 1).words().get(0).word();
        once("frequency list, whole corpus", () -> corpus.analysis().frequencies(Selection.ALL, 1, 100));
        once("frequency list, Thai", () -> corpus.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 100));
        once("bigrams, whole corpus", () -> corpus.analysis().ngrams(Selection.ALL, 2, 2, 2, 100));
        once("collocations of " + thaiTop + " (Thai, ±5)", () -> corpus.analysis().collocations(
                Selection.of(null, "th", List.of()), thaiTop, 5, 5, AssociationMeasure.LOGDICE, 2, 30));
        once("collocations of padi (whole corpus, ±5)", () -> corpus.analysis().collocations(Selection.ALL, "padi",
                5, 5, AssociationMeasure.LOGDICE, 2, 30));
        once("keyness, Thai news vs other Thai", () -> corpus.analysis().keyness(Selection.of(null, "th", List.of()),
                "meta.genre:news", null, KeynessCalculator.Measure.LL, 1, 2, 20));
        once("dispersion of " + thaiTop + " over Thai documents", () -> corpus.analysis().dispersion(
                Selection.of(null, "th", List.of()), List.of(thaiTop), null));
        System.out.println(report);
        Files.writeString(work.resolve("linguist-bench.md"), report.toString());
    }

    private String pick(List<WordFrequency> list) {
        return list.get(random.nextInt(list.size())).word();
    }

    private void latency(String name, List<String[]> queries, java.util.function.Function<String[], Supplier<?>> run) {
        double[] ms = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            Supplier<?> query = run.apply(queries.get(i));
            long t0 = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        line("| %s | %d | %.1f ms | %.1f ms |", name, ms.length, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1]);
    }

    private void once(String name, Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        line("| %s | %.2f s |", name, (System.nanoTime() - t0) / 1e9);
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
