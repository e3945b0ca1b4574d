package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.search.Concordancer;
import org.seacorpus.search.CorpusSearcher;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.StatsCollector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench search}: query latency and statistics times on an imported corpus, one reader open for the
 * whole run (as a long-running service would hold it). Queries are words and two-word phrases drawn (fixed seed)
 * from random documents of each language. Each seacorpus query ({@link CorpusSearcher}: exact total plus the top 10 with
 * snippets over the main field and sub-fields; {@link Concordancer}: 50 KWIC lines) is timed beside its baseline,
 * a bare Lucene {@link IndexSearcher#count} of the same words as a {@link TermQuery} or {@link PhraseQuery} on the
 * main field. Latency: nearest-rank p50 and p95 after a warm-up. Word statistics ({@link StatsBench}) and
 * concordances of common words ({@link KwicBench}) are timed beside the way they were made before the token
 * fields, each with the goal of issue #17.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time term, phrase and KWIC queries and word statistics against their baselines; print JSON.")
final class SearchBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpusDir;

    @Option(names = "--per-language", paramLabel = "N", defaultValue = "20",
            description = "Queries of each kind per language (default: ${DEFAULT-VALUE}).")
    int perLanguage;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Seed of the query draw.")
    long seed;

    @Option(names = "--text-baselines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time statistics and concordances the way they were made before the token fields "
                    + "(minutes at 100k documents; --no-text-baselines at 1M).")
    boolean textBaselines;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed runs of each statistic after a warm-up; the median is reported (default: 3).")
    int rounds;

    @Option(names = "--latency-only", description = "Time only the searches and concordances of random words "
            + "(no word statistics, no concordances of common words): a quick check of search latency.")
    boolean latencyOnly;

    /** Goal of issue #17 for a term or phrase search at 1M documents (p50). */
    static final double GOAL_SEARCH_MS = 20;

    /** One query: the text as typed, its language, and the baseline's Lucene query. */
    private record Probe(String text, String lang, Query baseline) {
    }

    private interface Timed {
        void run() throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        Corpus corpus = Corpus.open(corpusDir);
        LanguageAnalyzers analyzers = new LanguageAnalyzers(corpus.profiles(), corpus.segmenters());
        Map<String, Object> out = new LinkedHashMap<>();
        double load = HeapWatcher.loadAverage();
        try (HeapWatcher heap = new HeapWatcher();
             var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            CorpusSearcher searcher = new CorpusSearcher(reader, analyzers);
            Concordancer concordancer = new Concordancer(reader, analyzers, corpus.segmenters());
            IndexSearcher lucene = new IndexSearcher(reader);
            Map<String, Object> stats = new LinkedHashMap<>();
            CorpusStats totals = once(stats, "stats_totals", () -> StatsCollector.collect(reader));
            out.put("index_mb", Costs.round(LuceneBaselineCommand.folderBytes(corpus.home().indexDir()) / 1e6, 1));
            if (!latencyOnly) {
                out.put("words", new StatsBench(reader, corpus, analyzers, textBaselines, rounds).run());
                out.put("kwic_common_words", new KwicBench(reader, corpus, analyzers, textBaselines)
                        .run(new ArrayList<>(totals.lang().keySet())));
            }

            Random random = new Random(seed);
            List<Probe> terms = new ArrayList<>();
            List<Probe> phrases = new ArrayList<>();
            long drawStart = System.nanoTime();
            for (String lang : totals.lang().keySet()) {
                draw(lucene, analyzers.forLanguage(lang), lang, random, terms, phrases);
            }
            stats.put("query_draw_seconds", Costs.round((System.nanoTime() - drawStart) / 1e9, 2));
            for (int i = 0; i < Math.min(100, terms.size()); i++) { // warm-up: JIT and page cache
                Probe p = (i % 2 == 0 ? terms : phrases).get(i % Math.min(terms.size(), phrases.size()));
                searcher.search(new SearchRequest(p.text(), p.lang(), List.of(), 10));
                concordancer.run(kwic(p, null));
                lucene.count(p.baseline());
            }
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("term", goal(compare(terms, p -> () -> searcher.search(request(p)), lucene)));
            latency.put("phrase", goal(compare(phrases, p -> () -> searcher.search(request(p)), lucene)));
            latency.put("kwic_term_50_lines", compare(terms, p -> () -> concordancer.run(kwic(p, null)), lucene));
            latency.put("kwic_term_50_lines_sorted_1r", compare(terms, p -> () -> concordancer.run(kwic(p, "1R")),
                    lucene));
            latency.put("kwic_phrase_50_lines", compare(phrases, p -> () -> concordancer.run(kwic(p, null)), lucene));
            out.put("documents", totals.total().documents());
            out.put("languages", totals.lang().size());
            out.put("latency_ms", latency);
            out.put("stats_seconds", stats);
            Costs.put(out, heap, load);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> latency = (Map<String, Map<String, Object>>) out.get("latency_ms");
        latency.forEach((kind, l) -> Costs.say("search %s: p50 %s ms, p95 %s ms; Lucene count p50 %s ms, p95 %s ms",
                kind, l.get("p50"), l.get("p95"), l.get("baseline_p50"), l.get("baseline_p95")));
        Costs.say("statistics (s): %s; load %.2f → %.2f", out.get("stats_seconds"), out.get("load_before"),
                out.get("load_after"));
        BenchCommand.print(spec, out);
        return 0;
    }

    private static Map<String, Object> goal(Map<String, Object> latency) {
        latency.put("goal_p50_ms_at_1m", GOAL_SEARCH_MS);
        return latency;
    }

    private static SearchRequest request(Probe p) {
        return new SearchRequest(p.text(), p.lang(), List.of(), 10);
    }

    private static KwicRequest kwic(Probe p, String sort) {
        return new KwicRequest(request(p), KwicRequest.DEFAULT_WORDS, false, sort, 50, 0);
    }

    /** Times each probe through seacorpus, then the same probe's baseline, alternating so both see the same load. */
    private static Map<String, Object> compare(List<Probe> probes, java.util.function.Function<Probe, Timed> ours,
                                               IndexSearcher lucene) throws IOException {
        double[] mine = new double[probes.size()];
        double[] mineCpu = new double[probes.size()];
        double[] base = new double[probes.size()];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            Timed run = ours.apply(p);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.run();
            mine[i] = (System.nanoTime() - t0) / 1e6;
            mineCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            t0 = System.nanoTime();
            lucene.count(p.baseline());
            base[i] = (System.nanoTime() - t0) / 1e6;
        }
        Percentiles a = new Percentiles(mine);
        Percentiles b = new Percentiles(base);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", a.count());
        out.put("p50", Costs.round(a.at(50), 2));
        out.put("p95", Costs.round(a.at(95), 2));
        out.put("mean", Costs.round(a.mean(), 2));
        // the thread's own CPU time per query: what the latency would be on an idle core (wall time at a load
        // of 20 on 2 cores is mostly waiting for one)
        Percentiles cpu = new Percentiles(mineCpu);
        out.put("cpu_p50", Costs.round(cpu.at(50), 2));
        out.put("cpu_p95", Costs.round(cpu.at(95), 2));
        out.put("baseline_p50", Costs.round(b.at(50), 3));
        out.put("baseline_p95", Costs.round(b.at(95), 3));
        out.put("ratio_p50", Costs.round(a.at(50) / Math.max(b.at(50), 1e-6), 1));
        return out;
    }

    /**
     * Draws the queries of one language: for each, a random document of the language, a random position among
     * its indexed words, that word (a term query) and it with the next word (a two-word phrase). Words are drawn
     * as they occur, so frequent words are drawn more often, as users' queries are.
     */
    private void draw(IndexSearcher lucene, Analyzer analyzer, String lang, Random random, List<Probe> terms,
                      List<Probe> phrases) throws IOException {
        String field = Fields.textField(lang);
        ScoreDoc[] docs = lucene.search(new TermQuery(new Term(Fields.LANG, lang)), 20_000).scoreDocs;
        var stored = lucene.getIndexReader().storedFields();
        for (int i = 0, tries = 0; i < perLanguage && docs.length > 0 && tries < perLanguage * 10; tries++) {
            String text = stored.document(docs[random.nextInt(docs.length)].doc, Set.of(Fields.TEXT))
                    .get(Fields.TEXT);
            List<String> words = analyze(analyzer, field, text == null ? "" : text);
            if (words.size() < 2) {
                continue;
            }
            int at = random.nextInt(words.size() - 1);
            String a = words.get(at);
            String b = words.get(at + 1);
            terms.add(new Probe(QueryParser.escape(a), lang, new TermQuery(new Term(field, a))));
            phrases.add(new Probe("\"" + QueryParser.escape(a) + " " + QueryParser.escape(b) + "\"", lang,
                    new PhraseQuery(field, a, b)));
            i++;
        }
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private interface Work<T> {
        T get() throws IOException;
    }

    private static <T> T once(Map<String, Object> into, String name, Work<T> work) throws IOException {
        long t0 = System.nanoTime();
        T result = work.get();
        into.put(name, Costs.round((System.nanoTime() - t0) / 1e9, 3));
        return result;
    }
}
