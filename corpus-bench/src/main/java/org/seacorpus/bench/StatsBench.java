package org.seacorpus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.search.Selection;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.CollocationFinder;
import org.seacorpus.stats.DispersionCalculator;
import org.seacorpus.stats.FrequencyCounter;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.KeynessCalculator;
import org.seacorpus.stats.NgramCounter;
import org.seacorpus.stats.SubcorpusScanner;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.stats.WordStatistics;

/**
 * The statistics part of the {@code search} phase: each statistic read from the index ({@link WordStatistics},
 * the token fields) beside the same statistic by the text path ({@link SubcorpusScanner} and its counters, which
 * cut every selected text again: what {@code stats} did before), on the same reader, with the goal of issue #17
 * and whether the two results are equal. The index path runs once to warm up, then {@code rounds} times (the
 * median is reported); the text path, which takes minutes, runs once.
 */
final class StatsBench {
    /** One statistic, both ways. */
    private interface Work {
        Object run() throws IOException;
    }

    private final IndexReader reader;
    private final Corpus corpus;
    private final LanguageAnalyzers analyzers;
    private final boolean textBaselines;
    private final int rounds;

    StatsBench(IndexReader reader, Corpus corpus, LanguageAnalyzers analyzers, boolean textBaselines, int rounds) {
        this.reader = reader;
        this.corpus = corpus;
        this.analyzers = analyzers;
        this.textBaselines = textBaselines;
        this.rounds = Math.max(1, rounds);
    }

    Map<String, Object> run() throws IOException {
        WordStatistics index = new WordStatistics(reader, corpus.segmenters());
        SubcorpusScanner scanner = new SubcorpusScanner(reader, corpus.segmenters());
        Query all = query(Selection.ALL);
        Query thai = query(Selection.of(null, "th", List.of()));
        Query lao = query(Selection.of(null, "lo", List.of()));
        // a tenth of the documents, spread over every language: ids (hashes) from 0… to 19…
        Query tenth = and(all, new TermRangeQuery(Fields.ID, new org.apache.lucene.util.BytesRef("0"),
                new org.apache.lucene.util.BytesRef("1a"), true, false));
        FrequencyList thaiWords = index.frequencies(thai, 1, 5);
        String node = thaiWords.words().isEmpty() ? "และ" : thaiWords.words().get(0).word();
        List<String> common = thaiWords.words().stream().map(WordFrequency::word).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("collocation_node", node);
        measure(out, "freq_whole_corpus_top100", 1.0, () -> fresh().frequencies(all, 1, 100),
                () -> new FrequencyCounter(scanner).count(all, 1, 100));
        measure(out, "freq_thai_top100", 0.5, () -> fresh().frequencies(thai, 1, 100),
                () -> new FrequencyCounter(scanner).count(thai, 1, 100));
        measure(out, "bigrams_thai_top100", 0.5, () -> fresh().ngrams(thai, 2, 2, 2, 100),
                () -> new NgramCounter(scanner).count(thai, 2, 2, 2, 100));
        measure(out, "freq_subcorpus_10pct_top100", 2.0, () -> fresh().frequencies(tenth, 1, 100),
                () -> new FrequencyCounter(scanner).count(tenth, 1, 100));
        measure(out, "collocations_common_word_whole_corpus", 1.0,
                () -> fresh().collocations(all, node, 5, 5, AssociationMeasure.LOGDICE, 2, 50),
                () -> new CollocationFinder(scanner, corpus.segmenters()).find(all, node, 5, 5,
                        AssociationMeasure.LOGDICE, 2, 50));
        measure(out, "keyness_thai_vs_lao", Double.NaN,
                () -> fresh().keyness(thai, lao, KeynessCalculator.Measure.LL, 1, 2, 50),
                () -> new KeynessCalculator(scanner).compare(thai, lao, KeynessCalculator.Measure.LL, 1, 2, 50));
        measure(out, "dispersion_thai_top5_by_document", Double.NaN, () -> fresh().dispersion(thai, common, null),
                () -> new DispersionCalculator(scanner, corpus.segmenters()).measure(thai, common, null));
        return out;
    }

    /** A new instance per run: each CLI command opens the index and builds its vocabulary again. */
    private WordStatistics fresh() throws IOException {
        return new WordStatistics(reader, corpus.segmenters());
    }

    private void measure(Map<String, Object> out, String name, double goal, Work index, Work text)
            throws IOException {
        Object result = index.run(); // warm-up: JIT, page cache
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpuNanos();
            long w0 = System.nanoTime();
            result = index.run();
            wall[r] = (System.nanoTime() - w0) / 1e9;
            cpu[r] = (cpuNanos() - c0) / 1e9;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", Costs.round(median(wall), 3));
        m.put("cpu_seconds", Costs.round(median(cpu), 3));
        if (!Double.isNaN(goal)) {
            m.put("goal_seconds", goal);
            m.put("meets_goal", median(wall) < goal);
        }
        if (textBaselines) {
            long c0 = cpuNanos();
            long w0 = System.nanoTime();
            Object expected = text.run();
            double seconds = (System.nanoTime() - w0) / 1e9;
            m.put("baseline_seconds", Costs.round(seconds, 2));
            m.put("baseline_cpu_seconds", Costs.round((cpuNanos() - c0) / 1e9, 2));
            m.put("speedup", Costs.round(seconds / Math.max(median(wall), 1e-6), 1));
            m.put("same_result", Objects.equals(result, expected));
        }
        out.put(name, m);
        Costs.say("%s: %s s (CPU %s s)%s%s", name, m.get("seconds"), m.get("cpu_seconds"),
                m.containsKey("goal_seconds") ? ", goal < " + goal + " s" : "",
                textBaselines ? "; text path " + m.get("baseline_seconds") + " s, same result: " + m.get("same_result")
                        : "");
    }

    private Query query(Selection selection) {
        return SelectionQuery.build(reader, analyzers, selection);
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER)
                .build();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
