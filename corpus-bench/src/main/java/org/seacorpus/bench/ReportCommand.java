package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench report}: the Markdown tables of docs/benchmarks.md from the JSON files a run of
 * {@code bin/bench} left in {@code RESULTS/<documents>/<phase>.json}: each figure beside its baseline with the
 * ratio, CPU seconds, peak heap and load, one table per scale, then how CPU cost per document grows between the
 * smallest and the largest scale. A missing phase is shown as a dash.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the Markdown results tables of a bin/bench results folder.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", paramLabel = "DIR", required = true, description = "Results folder of bin/bench.")
    Path results;

    @Override
    public Integer call() throws IOException {
        List<Path> scales;
        try (var dirs = Files.list(results)) {
            scales = new ArrayList<>(dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList());
        }
        scales.sort((a, b) -> Long.compare(size(a), size(b)));
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("no <documents>/ folders in " + results + "; run bin/bench first");
        }
        StringBuilder md = new StringBuilder();
        for (Path scale : scales) {
            scaleTable(md, scale);
            DedupeTable.append(md, scale, size(scale));
            importGoals(md, scale);
        }
        if (scales.size() > 1) {
            growth(md, scales.get(0), scales.get(scales.size() - 1));
        }
        for (int i = 0; i + 1 < scales.size(); i++) {
            if (read(scales.get(i), "search").has("words") && read(scales.get(i + 1), "search").has("words")) {
                line(md, "### Statistics, concordance and search from %,d to %,d documents", size(scales.get(i)),
                        size(scales.get(i + 1)));
                line(md, "");
                searchGrowth(md, scales.get(i), scales.get(i + 1));
            }
        }
        Path jmh = results.resolve("jmh.json");
        if (Files.exists(jmh) && Files.size(jmh) > 0) {
            JmhTable.append(md, BenchCommand.JSON.readTree(jmh.toFile()));
        }
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static long size(Path scale) {
        return Long.parseLong(scale.getFileName().toString());
    }

    private static JsonNode read(Path scale, String phase) {
        Path file = scale.resolve(phase + ".json");
        try {
            return Files.exists(file) && Files.size(file) > 0 ? BenchCommand.JSON.readTree(file.toFile())
                    : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance(); // a phase cut short leaves a partial file: shown as missing
        }
    }

    private static void scaleTable(StringBuilder md, Path scale) {
        JsonNode imp = read(scale, "import");
        JsonNode same = read(scale, "index-same");
        JsonNode icu = read(scale, "index-icu");
        JsonNode norm = read(scale, "normalize");
        JsonNode search = read(scale, "search");
        JsonNode dedupe = read(scale, "dedupe");
        JsonNode eval = read(scale, "evaluate");
        line(md, "### %,d documents", size(scale));
        line(md, "");
        line(md, "| measure | seacorpus | baseline | ratio | CPU s (ours / baseline) | peak heap MB (ours / baseline) "
                + "| load (1 min) |");
        line(md, "|---|---|---|---|---|---|---|");
        line(md, "| import vs bare Lucene, same analyzers (docs/s wall; docs/CPU s) | %s; %s | %s; %s | %s wall, %s CPU "
                        + "| %s / %s | %s / %s | %s |", num(imp, "docs_per_second"), num(imp, "docs_per_cpu_second"),
                num(same, "docs_per_second"), num(same, "docs_per_cpu_second"),
                ratio(same.path("docs_per_second"), imp.path("docs_per_second")),
                ratio(same.path("docs_per_cpu_second"), imp.path("docs_per_cpu_second")), num(imp, "cpu_seconds"),
                num(same, "cpu_seconds"), num(imp, "peak_heap_mb"), num(same, "peak_heap_mb"),
                num(imp, "load_average"));
        line(md, "| import vs bare Lucene, ICUTokenizer (docs/s wall; docs/CPU s) | %s; %s | %s; %s | %s wall, %s CPU "
                        + "| %s / %s | %s / %s | %s |", num(imp, "docs_per_second"), num(imp, "docs_per_cpu_second"),
                num(icu, "docs_per_second"), num(icu, "docs_per_cpu_second"),
                ratio(icu.path("docs_per_second"), imp.path("docs_per_second")),
                ratio(icu.path("docs_per_cpu_second"), imp.path("docs_per_cpu_second")), num(imp, "cpu_seconds"),
                num(icu, "cpu_seconds"), num(imp, "peak_heap_mb"), num(icu, "peak_heap_mb"), loads(icu));
        line(md, "| normalise vs ICU NFC (MB/CPU s, one thread) | %s | %s | %s× the CPU time | %s / %s | %s | %s |",
                num(norm.path("normalizer"), "mb_per_cpu_second"), num(norm.path("icu_nfc"), "mb_per_cpu_second"),
                num(norm, "ratio_cpu"), num(norm.path("normalizer"), "cpu_seconds"),
                num(norm.path("icu_nfc"), "cpu_seconds"), num(norm, "peak_heap_mb"), loads(norm));
        if (norm.has("normalizer_compiled")) {
            JsonNode a = norm.path("normalizer_compiled");
            JsonNode b = norm.path("icu_nfc_compiled");
            line(md, "| normalise vs ICU NFC, each alone once compiled (MB/CPU s, one thread) | %s | %s | %s× the "
                            + "CPU time | %s / %s | %s | %s |", num(a, "mb_per_cpu_second"),
                    num(b, "mb_per_cpu_second"), two(norm, "ratio_cpu_compiled"), num(a, "cpu_seconds"),
                    num(b, "cpu_seconds"), num(norm, "peak_heap_mb"), loads(norm));
        }
        JsonNode latency = search.path("latency_ms");
        for (String kind : List.of("term", "phrase", "kwic_term_50_lines", "kwic_term_50_lines_sorted_1r",
                "kwic_phrase_50_lines")) {
            JsonNode l = latency.path(kind);
            line(md, "| search %s, p50 / p95 ms (baseline: Lucene count) | %s / %s | %s / %s | %s× at p50 | — | %s | %s |",
                    kind.replace('_', ' '), num(l, "p50"), num(l, "p95"), num(l, "baseline_p50"),
                    num(l, "baseline_p95"), num(l, "ratio_p50"), num(search, "peak_heap_mb"), loads(search));
        }
        JsonNode words = search.path("words");
        for (String name : STATISTICS) {
            JsonNode w = words.path(name);
            line(md, "| %s, s (goal %s; baseline: text path) | %s | %s | %s× faster%s | %s / %s | %s | %s |",
                    name.replace('_', ' '), w.has("goal_seconds") ? "< " + num(w, "goal_seconds") : "none",
                    num(w, "seconds"), num(w, "baseline_seconds"), num(w, "speedup"),
                    w.path("same_result").asBoolean(true) ? "" : ", RESULTS DIFFER", num(w, "cpu_seconds"),
                    num(w, "baseline_cpu_seconds"), num(search, "peak_heap_mb"), loads(search));
        }
        JsonNode kwic = search.path("kwic_common_words");
        for (String kind : List.of("sorted_1r", "sorted_2l_1r", "unsorted")) {
            JsonNode k = kwic.path(kind);
            line(md, "| KWIC of common words %s, p50 / p95 ms (goal sorted < 300) | %s / %s | — | — | — | %s | %s |",
                    kind.replace('_', ' '), num(k, "p50"), num(k, "p95"), num(search, "peak_heap_mb"),
                    loads(search));
        }
        JsonNode base = kwic.path("baseline_sorted_1r_commonest");
        JsonNode ours = kwic.path("sorted_1r_commonest");
        line(md, "| KWIC of each language's commonest word sorted 1r, p50 / p95 ms (baseline: before the token "
                        + "fields) | %s / %s | %s / %s | %s faster at p50%s | — | %s | %s |", num(ours, "p50"),
                num(ours, "p95"), num(base, "p50"), num(base, "p95"), ratio(base.path("p50"), ours.path("p50")),
                base.path("same_lines").asBoolean(true) ? "" : ", LINES DIFFER", num(search, "peak_heap_mb"),
                loads(search));
        line(md, "| dedupe (docs/s wall; docs/CPU s) | %s; %s | — | — | %s | %s (live %s) | %s |",
                num(dedupe, "docs_per_second"), num(dedupe, "docs_per_cpu_second"), num(dedupe, "cpu_seconds"),
                num(dedupe, "peak_heap_mb"), num(dedupe, "max_live_heap_mb"), num(dedupe, "load_average"));
        JsonNode overall = eval.path("at_threshold").path("overall");
        line(md, "| dedupe P / R / F1 at the threshold (pairs) | %s / %s / %s | — | — | — | — | — |",
                num(overall, "precision"), num(overall, "recall"), num(overall, "f1"));
        JsonNode jackson = read(scale, "export-jackson");
        for (String format : List.of("jsonl", "jsonl-zstd", "parquet")) {
            JsonNode e = read(scale, "export-" + format);
            line(md, "| export %s vs Jackson plain JSONL (MB/s wall; MB/CPU s) | %s; %s | %s; %s | %s wall, %s CPU "
                            + "| %s / %s | %s / %s | %s |", format, num(e, "mb_per_second"), num(e, "mb_per_cpu_second"),
                    num(jackson, "mb_per_second"), num(jackson, "mb_per_cpu_second"),
                    ratio(jackson.path("mb_per_second"), e.path("mb_per_second")),
                    ratio(jackson.path("mb_per_cpu_second"), e.path("mb_per_cpu_second")), num(e, "cpu_seconds"),
                    num(jackson, "cpu_seconds"), num(e, "peak_heap_mb"), num(jackson, "peak_heap_mb"), loads(e));
        }
        line(md, "");
        line(md, "Ratios are baseline ÷ seacorpus for rates (how many times slower seacorpus is) and seacorpus ÷ "
                + "baseline for times.");
        line(md, "");
        jvmOptions(md, imp, same, icu);
    }

    /**
     * The JVM options and collectors of import and of the bare Lucene baselines (their JSON's jvm_options and
     * collectors, absent from results written before session 14): the import ratios compare like with like only
     * when each baseline ran with the options of the import, which the line says, or says it did not.
     */
    private static void jvmOptions(StringBuilder md, JsonNode imp, JsonNode same, JsonNode icu) {
        if (!imp.has("jvm_options")) {
            return;
        }
        StringBuilder text = new StringBuilder("JVM options of import: ").append(jvm(imp)).append(".");
        for (JsonNode base : List.of(same, icu)) {
            if (!base.has("jvm_options")) {
                continue;
            }
            String name = base.path("analyzer").asText("").equals("icu") ? "ICUTokenizer" : "same analyzers";
            text.append(" Bare Lucene, ").append(name).append(": ").append(
                    base.path("jvm_options").equals(imp.path("jvm_options")) ? "the same."
                            : jvm(base) + ", NOT the options of import: its ratio compares unlike runs.");
        }
        line(md, "%s", text);
        line(md, "");
    }

    private static String jvm(JsonNode phase) {
        List<String> options = new ArrayList<>();
        phase.path("jvm_options").forEach(o -> options.add(o.asText()));
        List<String> collectors = new ArrayList<>();
        phase.path("collectors").forEach(c -> collectors.add(c.asText()));
        return "`" + String.join(" ", options) + "` (collectors: " + String.join(", ", collectors) + ")";
    }

    /** Import at most this many times the CPU of bare Lucene with the same analyzers (issue 16). */
    static final double IMPORT_GOAL = 2.0;
    /** The normaliser at most this many times the CPU of ICU NFC on the same texts (issue 16). */
    static final double NORMALIZE_GOAL = 3.0;

    /**
     * The goals of issue 16 that a run of bin/bench measures, each against its baseline of the same run, and the
     * share of each import stage when the run recorded one (BENCH_JFR=1). Language-ID throughput and start-up have
     * their own tools ({@code LanguageIdCpuThroughput}, {@code bin/startup-bench}); the table says so.
     */
    private static void importGoals(StringBuilder md, Path scale) {
        JsonNode imp = read(scale, "import");
        JsonNode same = read(scale, "index-same");
        JsonNode norm = read(scale, "normalize");
        if (imp.isMissingNode() && norm.isMissingNode() && read(scale, "langid").isMissingNode()
                && read(scale, "startup").isMissingNode()) {
            return;
        }
        line(md, "#### Goals of issue 16 at %,d documents", size(scale));
        line(md, "");
        line(md, "| goal | measured | baseline of the same run | met? |");
        line(md, "|---|---|---|---|");
        List<double[]> pairs = importPairs(scale);
        if (pairs.size() <= 1) {
            double importRatio = imp.path("cpu_seconds").asDouble(Double.NaN) / same.path("cpu_seconds")
                    .asDouble(Double.NaN);
            line(md, "| import ≤ %.0f× the CPU of bare Lucene, same analyzers | %s (%s CPU s) | %s CPU s | %s |",
                    IMPORT_GOAL, times(importRatio), num(imp, "cpu_seconds"), num(same, "cpu_seconds"),
                    met(importRatio, IMPORT_GOAL));
        } else {
            double median = medianRatio(pairs);
            List<String> each = new ArrayList<>();
            for (double[] pair : pairs) {
                each.add(String.format(Locale.ROOT, "%s (%s / %s)", times(pair[0] / pair[1]), fmt(pair[0], 1),
                        fmt(pair[1], 1)));
            }
            line(md, "| import ≤ %.0f× the CPU of bare Lucene, same analyzers | %s, the median of %d pairs run "
                            + "alternately: %s CPU s | bare Lucene in each pair | %s |", IMPORT_GOAL, times(median),
                    pairs.size(), String.join(", ", each), met(median, IMPORT_GOAL));
        }
        normalizerGoal(md, norm);
        JsonNode langid = read(scale, "langid").path("sets");
        for (String set : List.of("mixed", "id_ms")) {
            JsonNode row = langid.path(set);
            if (row.isMissingNode()) {
                line(md, "| language ID, %s | not run (phase `langid`) | | — |", set.replace('_', '/'));
                continue;
            }
            String goal = fmt(row.path("goal_mb_per_cpu_second").asDouble(Double.NaN), 0);
            String sentences = set.equals("mixed") ? "mixed" : "Indonesian/Malay";
            JsonNode compiled = row.path("seacorpus_compiled");
            if (compiled.isMissingNode()) { // a phase of before session 14: the short rounds only
                line(md, "| language ID ≥ %s MB per CPU s of the process, %s sentences | %s (%s by the calling "
                                + "thread) | Lingua alone %s (×%s) | %s |", goal, sentences,
                        two(row.path("seacorpus"), "mb_per_cpu_second"), two(row.path("seacorpus"),
                                "mb_per_thread_cpu_second"), two(row.path("lingua"), "mb_per_cpu_second"),
                        fmt(row.path("times_lingua").asDouble(Double.NaN), 1), row.path("met").asBoolean() ? "yes"
                                : "no");
                continue;
            }
            line(md, "| language ID ≥ %s MB per CPU s of the process, %s sentences | %s compiled (%s by the "
                            + "calling thread; settled after %s MB%s); %s in the short rounds, the compiler's work "
                            + "included | Lingua alone %s (short rounds; ours ×%s there) | %s |", goal, sentences,
                    two(compiled, "mb_per_cpu_second"), two(compiled, "mb_per_thread_cpu_second"),
                    fmt(compiled.path("settling_mb").asDouble(Double.NaN), 0),
                    compiled.path("settled").asBoolean(true) ? "" : ", compiler still busy",
                    two(row.path("seacorpus"), "mb_per_cpu_second"), two(row.path("lingua"), "mb_per_cpu_second"),
                    fmt(row.path("times_lingua").asDouble(Double.NaN), 1), row.path("met").asBoolean() ? "yes" : "no");
        }
        JsonNode startup = read(scale, "startup");
        if (startup.isMissingNode()) {
            line(md, "| start-up < 0.5 s wall | not run (phase `startup`) | | — |");
        } else {
            double goal = startup.path("goal_wall_seconds").asDouble(0.5);
            for (String run : List.of("help", "langid-th", "langid-ms", "langid-zh")) {
                if (run.equals("langid-zh") && startup.path(run).isMissingNode()) {
                    continue; // a phase of before session 15 timed Thai and Malay only
                }
                double wall = startup.path(run).path("wall_seconds").asDouble(Double.NaN);
                line(md, "| %s < %s s wall (median) | %s s (%s s CPU) | bare JVM %s s (load %s) | %s |",
                        run.equals("help") ? "`corpus --help`" : "`corpus langid` on one " + switch (run) {
                            case "langid-th" -> "Thai";
                            case "langid-ms" -> "Malay";
                            default -> "Chinese";
                        } + " line", fmt(goal, 1), fmt(wall, 2),
                        two(startup.path(run), "cpu_seconds"), two(startup.path("java-version"), "wall_seconds"),
                        num(startup, "load_after"), Double.isNaN(wall) ? "—" : wall < goal ? "yes" : "no");
            }
        }
        line(md, "");
        JsonNode shares = read(scale, "stage-shares").path("percent_of_samples");
        if (shares.isObject()) {
            line(md, "Share of each stage in the import's sampled CPU (%s JFR samples):",
                    num(read(scale, "stage-shares"), "samples"));
            line(md, "");
            line(md, "| stage | share |");
            line(md, "|---|---|");
            shares.fields().forEachRemaining(e -> line(md, "| %s | %s %% |", e.getKey(), fmt(e.getValue().asDouble(), 1)));
            line(md, "");
        }
    }

    /**
     * The import goal's pairs of a scale, in the order run: {import CPU s, bare Lucene CPU s} of pair 1 (import.json,
     * index-same.json), then of pair k (import-pairk.json, index-same-pairk.json) while both are there.
     */
    static List<double[]> importPairs(Path scale) {
        List<double[]> out = new ArrayList<>();
        for (int pair = 1; ; pair++) {
            String suffix = pair == 1 ? "" : "-pair" + pair;
            double imp = read(scale, "import" + suffix).path("cpu_seconds").asDouble(Double.NaN);
            double same = read(scale, "index-same" + suffix).path("cpu_seconds").asDouble(Double.NaN);
            if (Double.isNaN(imp) || Double.isNaN(same)) {
                return out;
            }
            out.add(new double[] {imp, same});
        }
    }

    /** The median of the pairs' ratios (the mean of the middle two for an even count). */
    static double medianRatio(List<double[]> pairs) {
        double[] ratios = pairs.stream().mapToDouble(p -> p[0] / p[1]).sorted().toArray();
        int mid = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    /**
     * The normaliser's goal: judged on the compiled ratio ({@code ratio_cpu_compiled}: each contender alone once the
     * compiler has settled), the short rounds' ratio beside it; a phase of before session 15 has the short rounds
     * only and is judged on them, as it was.
     */
    private static void normalizerGoal(StringBuilder md, JsonNode norm) {
        if (!norm.has("ratio_cpu_compiled")) {
            double normRatio = norm.path("ratio_cpu").asDouble(Double.NaN);
            line(md, "| normaliser ≤ %.0f× the CPU of ICU NFC | %s (%s MB/CPU s) | %s MB/CPU s | %s |",
                    NORMALIZE_GOAL, times(normRatio), num(norm.path("normalizer"), "mb_per_cpu_second"),
                    num(norm.path("icu_nfc"), "mb_per_cpu_second"), met(normRatio, NORMALIZE_GOAL));
            return;
        }
        JsonNode ours = norm.path("normalizer_compiled");
        JsonNode icu = norm.path("icu_nfc_compiled");
        double compiled = norm.path("ratio_cpu_compiled").asDouble(Double.NaN);
        line(md, "| normaliser ≤ %.0f× the CPU of ICU NFC, the calling thread's clock | %s compiled (%s MB/CPU s; "
                        + "settled after %s MB%s; %s by the process's clock); %s in the short rounds, the compiler's "
                        + "work included (%s MB/CPU s) | ICU NFC %s MB/CPU s compiled (settled after %s MB%s); %s in "
                        + "the short rounds | %s |", NORMALIZE_GOAL, times(compiled), num(ours, "mb_per_cpu_second"),
                fmt(ours.path("settling_mb").asDouble(Double.NaN), 0), busy(ours),
                times(norm.path("ratio_process_cpu_compiled").asDouble(Double.NaN)),
                times(norm.path("ratio_cpu").asDouble(Double.NaN)), num(norm.path("normalizer"), "mb_per_cpu_second"),
                num(icu, "mb_per_cpu_second"), fmt(icu.path("settling_mb").asDouble(Double.NaN), 0), busy(icu),
                num(norm.path("icu_nfc"), "mb_per_cpu_second"), met(compiled, NORMALIZE_GOAL));
    }

    private static String busy(JsonNode compiled) {
        return compiled.path("settled").asBoolean(true) ? "" : ", compiler still busy";
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "—" : fmt(ratio, 2) + "×";
    }

    private static String met(double ratio, double goal) {
        return Double.isNaN(ratio) ? "—" : ratio <= goal ? "yes" : "no";
    }

    /** The word statistics the search phase times, in the order shown. */
    private static final List<String> STATISTICS = List.of("freq_whole_corpus_top100", "freq_thai_top100",
            "bigrams_thai_top100", "freq_subcorpus_10pct_top100", "collocations_common_word_whole_corpus",
            "keyness_thai_vs_lao", "dispersion_thai_top5_by_document");

    /** Statistics, concordance and search times at two scales: linear growth is at most ×(size ratio). */
    private static void searchGrowth(StringBuilder md, Path small, Path large) {
        double factor = (double) size(large) / size(small);
        JsonNode a = read(small, "search");
        JsonNode b = read(large, "search");
        line(md, "| statistic or query | %,d | %,d | ratio (linear: ≤ %.0f) |", size(small), size(large), factor * 1.1);
        line(md, "|---|---|---|---|");
        for (String name : STATISTICS) {
            line(md, "| %s, s | %s | %s | %s |", name.replace('_', ' '), num(a.path("words").path(name), "seconds"),
                    num(b.path("words").path(name), "seconds"), ratio(b.path("words").path(name).path("seconds"),
                            a.path("words").path(name).path("seconds")));
        }
        for (String kind : List.of("sorted_1r", "sorted_2l_1r", "unsorted")) {
            JsonNode ka = a.path("kwic_common_words").path(kind);
            JsonNode kb = b.path("kwic_common_words").path(kind);
            line(md, "| KWIC of common words %s, p50 ms | %s | %s | %s |", kind.replace('_', ' '), num(ka, "p50"),
                    num(kb, "p50"), ratio(kb.path("p50"), ka.path("p50")));
        }
        for (String kind : List.of("term", "phrase")) {
            JsonNode la = a.path("latency_ms").path(kind);
            JsonNode lb = b.path("latency_ms").path(kind);
            line(md, "| search %s, p50 ms | %s | %s | %s |", kind, num(la, "p50"), num(lb, "p50"),
                    ratio(lb.path("p50"), la.path("p50")));
        }
        line(md, "| search phase heap, peak / live MB | %s / %s | %s / %s | — |", num(a, "peak_heap_mb"),
                num(a, "max_live_heap_mb"), num(b, "peak_heap_mb"), num(b, "max_live_heap_mb"));
        line(md, "");
    }

    private static void growth(StringBuilder md, Path small, Path large) {
        double factor = (double) size(large) / size(small);
        line(md, "### Growth from %,d to %,d documents (×%.0f)", size(small), size(large), factor);
        line(md, "");
        line(md, "| phase | CPU s at %,d | CPU s at %,d | CPU s ratio | CPU cost per document ×" + " |", size(small),
                size(large));
        line(md, "|---|---|---|---|---|");
        for (String phase : List.of("import", "index-same", "index-icu", "export-jsonl", "export-jsonl-zstd",
                "export-parquet", "export-jackson")) {
            JsonNode a = read(small, phase);
            JsonNode b = read(large, phase);
            double ca = a.path("cpu_seconds").asDouble(Double.NaN);
            double cb = b.path("cpu_seconds").asDouble(Double.NaN);
            line(md, "| %s | %s | %s | %s | %s |", phase, num(a, "cpu_seconds"), num(b, "cpu_seconds"),
                    fmt(cb / ca, 1), fmt(cb / ca / factor, 2));
        }
        DedupeTable.growth(md, small, large, factor);
        line(md, "");
    }

    private static String loads(JsonNode n) {
        return n.has("load_before") ? n.get("load_before").asText() + " → " + n.get("load_after").asText()
                : num(n, "load_average");
    }

    private static String num(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "—";
        }
        if (v.isIntegralNumber()) {
            return String.format(Locale.ROOT, "%,d", v.asLong());
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : fmt(d, d < 1 ? 3 : 1);
        }
        return v.asText();
    }

    /** A number with two decimals, or a dash when it is missing. */
    private static String two(JsonNode n, String field) {
        return fmt(n.path(field).asDouble(Double.NaN), 2);
    }

    /** {@code a ÷ b}, or a dash when either is missing. */
    private static String ratio(JsonNode a, JsonNode b) {
        if (!a.isNumber() || !b.isNumber() || b.asDouble() == 0) {
            return "—";
        }
        return fmt(a.asDouble() / b.asDouble(), 2) + "×";
    }

    private static String fmt(double d, int digits) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "—" : String.format(Locale.ROOT, "%." + digits + "f", d);
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
