package org.seacorpus.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.web.ServeOptions;
import org.seacorpus.web.WebServer;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus-bench serve-load}: a load test of {@code corpus serve} on loopback. Starts the server on the
 * corpus (read-only, 127.0.0.1, a free port), draws words of every language from the corpus's frequency lists
 * (fixed seed: frequent and rare ones alike), then runs {@code --clients} concurrent clients for
 * {@code --seconds}, each sending requests back to back: half {@code GET /api/v1/search?q=W&lang=L} (exact total
 * and the top 10), half {@code GET /api/v1/kwic?q=W&lang=L} (exact totals and 50 concordance lines). Reports
 * requests, throughput, p50/p95/p99/max latency and errors (any answer but 200, or no answer) per endpoint.
 *
 * <p>Baseline, measured in the same run: the same requests called on the façade directly, one at a time in one
 * thread ({@code corpus.search} and {@code corpus.analysis().concordance}), so the ratio shows what HTTP, JSON
 * and 50-way concurrency on 2 cores add to the work itself. Stops by itself; sends nothing beyond loopback.
 */
@Command(name = "serve-load", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load-test corpus serve on loopback: concurrent clients against search and KWIC; print JSON.")
final class ServeLoadCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpusDir;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients.")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long they run.")
    int seconds;

    @Option(names = "--words", paramLabel = "N", defaultValue = "40",
            description = "Words drawn per language (default: ${DEFAULT-VALUE}).")
    int wordsPerLanguage;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "11", description = "Seed of the draw.")
    long seed;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + ServeOptions.DEFAULT_CACHE_MEGABYTES,
            description = "The server's result cache (default: ${DEFAULT-VALUE}, as corpus serve; 0: every request "
                    + "computed).")
    int cacheMegabytes;

    private record Probe(String word, String lang) {
    }

    static final int BASELINE_QUERIES = 100;

    @Override
    public Integer call() throws Exception {
        Corpus corpus = Corpus.open(corpusDir);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("load_at_start", HeapWatcher.loadAverage());
        long drawStart = System.nanoTime();
        List<Probe> probes = draw(corpus);
        out.put("query_draw_seconds", Costs.round((System.nanoTime() - drawStart) / 1e9, 1));
        out.put("queries", probes.size());
        out.put("baseline_facade_one_thread", baseline(corpus, probes));
        try (WebServer server = WebServer.start(corpus, ServeOptions.local(0).withCache(cacheMegabytes))) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/";
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            warmUp(client, base, probes);
            out.put("load", run(client, base, probes));
            out.put("cache", server.cacheCounts());
        }
        out.put("load_at_end", HeapWatcher.loadAverage());
        out.put("clients", clients);
        out.put("seconds", seconds);
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }

    /**
     * Words at random ranks of each language's frequency list (the top 2,000, over the documents whose id starts
     * with 0), so common and rare words mix.
     */
    private List<Probe> draw(Corpus corpus) {
        Random random = new Random(seed);
        List<Probe> probes = new ArrayList<>();
        for (String lang : corpus.stats().lang().keySet()) {
            if (lang.equals("und")) {
                continue;
            }
            // a sixteenth of the documents (ids are hex hashes) gives the words; counting all of them takes long
            List<WordFrequency> words = corpus.analysis().frequencies(Selection.of(null, lang, List.of("id:0*")), 2,
                            2000)
                    .words().stream().filter(w -> w.word().codePoints().anyMatch(Character::isLetter)).toList();
            for (int i = 0; i < wordsPerLanguage && !words.isEmpty(); i++) {
                probes.add(new Probe(words.get(random.nextInt(words.size())).word(), lang));
            }
        }
        Collections.shuffle(probes, random);
        return probes;
    }

    /** The first {@value #BASELINE_QUERIES} queries, each once through the façade, after as many to warm up. */
    private Map<String, Object> baseline(Corpus corpus, List<Probe> probes) {
        List<Long> search = new ArrayList<>();
        List<Long> kwic = new ArrayList<>();
        List<Probe> some = probes.subList(0, Math.min(BASELINE_QUERIES, probes.size()));
        List<Probe> warm = probes.subList(some.size(), Math.min(2 * BASELINE_QUERIES, probes.size()));
        for (List<Probe> round : List.of(warm, some)) {
            search.clear();
            kwic.clear();
            for (Probe p : round) {
                long t = System.nanoTime();
                corpus.search(new SearchRequest(p.word(), p.lang(), List.of(), 10));
                search.add(System.nanoTime() - t);
                t = System.nanoTime();
                corpus.analysis().concordance(new KwicRequest(new SearchRequest(p.word(), p.lang(), List.of(), 50),
                        KwicRequest.DEFAULT_WORDS, false, null, 50, 0));
                kwic.add(System.nanoTime() - t);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("search", summary(search));
        out.put("kwic", summary(kwic));
        return out;
    }

    /** Milliseconds: nearest-rank p50, p95, p99, the largest and the mean, of times in nanoseconds. */
    static Map<String, Object> summary(List<Long> nanos) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (nanos.isEmpty()) {
            return out;
        }
        Percentiles p = new Percentiles(nanos.stream().mapToDouble(n -> n / 1e6).toArray());
        out.put("p50_ms", Costs.round(p.at(50), 1));
        out.put("p95_ms", Costs.round(p.at(95), 1));
        out.put("p99_ms", Costs.round(p.at(99), 1));
        out.put("max_ms", Costs.round(p.at(100), 1));
        out.put("mean_ms", Costs.round(p.mean(), 1));
        return out;
    }

    private static String url(String base, String endpoint, Probe p) {
        return base + endpoint + "?lang=" + p.lang() + "&q=" + URLEncoder.encode(p.word(), StandardCharsets.UTF_8)
                + (endpoint.equals("kwic") ? "&limit=50" : "&limit=10");
    }

    private static void warmUp(HttpClient client, String base, List<Probe> probes) throws Exception {
        for (Probe p : probes.subList(0, Math.min(100, probes.size()))) {
            for (String endpoint : List.of("search", "kwic")) {
                client.send(HttpRequest.newBuilder(URI.create(url(base, endpoint, p))).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private Map<String, Object> run(HttpClient client, String base, List<Probe> probes) throws InterruptedException {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        for (String endpoint : List.of("search", "kwic")) {
            latencies.put(endpoint, Collections.synchronizedList(new ArrayList<>()));
            errors.put(endpoint, new AtomicLong());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 31 + c);
            Thread.ofPlatform().name("load-client-" + c).start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Probe p = probes.get(random.nextInt(probes.size()));
                        String endpoint = random.nextBoolean() ? "search" : "kwic";
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url(base,
                                    endpoint, p))).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.get(endpoint).incrementAndGet();
                                firstError.putIfAbsent(endpoint, r.statusCode() + " " + new String(r.body(),
                                        StandardCharsets.UTF_8));
                            }
                        } catch (Exception e) {
                            errors.get(endpoint).incrementAndGet();
                            firstError.putIfAbsent(endpoint, e.toString());
                        }
                        latencies.get(endpoint).add(System.nanoTime() - t);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String endpoint : List.of("search", "kwic")) {
            List<Long> all = new ArrayList<>(latencies.get(endpoint));
            Map<String, Object> one = new LinkedHashMap<>(summary(all));
            one.put("requests", all.size());
            one.put("per_second", Costs.round(all.size() / (double) seconds, 1));
            one.put("errors", errors.get(endpoint).get());
            one.put("first_error", firstError.get(endpoint));
            out.put(endpoint, one);
        }
        return out;
    }
}
