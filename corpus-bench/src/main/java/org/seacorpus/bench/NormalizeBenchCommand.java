package org.seacorpus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.seacorpus.document.Utf8;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.lang.ScriptAwareNormalizer;

import com.ibm.icu.text.Normalizer2;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench normalize}: the import's normaliser ({@link ScriptAwareNormalizer} with the default options,
 * as {@code Corpus.importPipeline} builds it) against plain ICU {@link Normalizer2} NFC on the same generated
 * texts, one thread, one shard in memory at a time (reading JSON is not timed). Both run over each shard in turn
 * after a warm-up pass over the first, so both see the same JIT state and the same neighbours' load. Throughput
 * is in MB of UTF-8 input per second of this thread's CPU time and of wall time, in total and per language. The
 * same normaliser without its fast path ({@link ScriptAwareNormalizer#normalizeFully}) runs as a third contender,
 * so the gain of the fast path is measured in the same run.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the import's normaliser against ICU NFC on the generated texts; print JSON.")
final class NormalizeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", required = true, description = "Folder written by generate.")
    Path docs;

    /** Time and bytes of one contender, in total and per language. */
    private static final class Tally {
        long wallNanos;
        long cpuNanos;
        long bytes;
        long changed;
        long documents;
        final Map<String, long[]> byLang = new TreeMap<>(); // bytes, wall nanos

        void add(String lang, long size, long nanos) {
            long[] t = byLang.computeIfAbsent(lang, l -> new long[2]);
            t[0] += size;
            t[1] += nanos;
        }
    }

    @Override
    public Integer call() {
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(),
                NormalizerOptions.defaults());
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        GeneratedShards shards = GeneratedShards.in(docs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Tally mine = new Tally();
        Tally icu = new Tally();
        Tally full = new Tally();
        double load = HeapWatcher.loadAverage();
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapWatcher heap = new HeapWatcher()) {
            List<GeneratedShards.Row> first = GeneratedShards.read(shards.files().get(0));
            run(first, text -> ours.normalize(text).text(), new Tally(), threads);
            run(first, nfc::normalize, new Tally(), threads);
            run(first, text -> ours.normalizeFully(text).text(), new Tally(), threads);
            for (Path file : shards.files()) {
                List<GeneratedShards.Row> rows = GeneratedShards.read(file);
                run(rows, text -> ours.normalize(text).text(), mine, threads);
                run(rows, nfc::normalize, icu, threads);
                run(rows, text -> ours.normalizeFully(text).text(), full, threads);
            }
            out.put("documents", mine.documents);
            out.put("text_mb", Costs.round(mine.bytes / 1e6, 1));
            out.put("normalizer", summary(mine));
            out.put("icu_nfc", summary(icu));
            out.put("normalizer_without_fast_path", summary(full));
            out.put("ratio_cpu", Costs.round((double) mine.cpuNanos / Math.max(1, icu.cpuNanos), 2));
            out.put("ratio_wall", Costs.round((double) mine.wallNanos / Math.max(1, icu.wallNanos), 2));
            out.put("ratio_cpu_without_fast_path", Costs.round((double) full.cpuNanos / Math.max(1, icu.cpuNanos), 2));
            Map<String, Object> byLang = new TreeMap<>();
            mine.byLang.forEach((lang, t) -> {
                long[] base = icu.byLang.get(lang);
                long[] slow = full.byLang.get(lang);
                byLang.put(lang, Map.of("mb", Costs.round(t[0] / 1e6, 2),
                        "normalizer_mb_s", Costs.rate(t[0] / 1e6, t[1] / 1e9),
                        "icu_nfc_mb_s", Costs.rate(base[0] / 1e6, base[1] / 1e9),
                        "ratio", Costs.round((double) t[1] / Math.max(1, base[1]), 2),
                        "ratio_without_fast_path", Costs.round((double) slow[1] / Math.max(1, base[1]), 2)));
            });
            out.put("by_language", byLang);
            Costs.put(out, heap, load);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) out.get("normalizer");
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) out.get("icu_nfc");
        Costs.say("normalize: %.1f MB; normaliser %.1f MB/CPU s, ICU NFC %.1f MB/CPU s: %.2f× the CPU time of NFC "
                        + "(%.2f× without the fast path); %d of %d documents changed; load %.2f → %.2f",
                out.get("text_mb"), a.get("mb_per_cpu_second"), b.get("mb_per_cpu_second"), out.get("ratio_cpu"),
                out.get("ratio_cpu_without_fast_path"), mine.changed, out.get("documents"),
                out.get("load_before"), out.get("load_after"));
        BenchCommand.print(spec, out);
        return 0;
    }

    private static void run(List<GeneratedShards.Row> rows, java.util.function.UnaryOperator<String> normalizer,
                            Tally tally, ThreadMXBean threads) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (GeneratedShards.Row row : rows) {
            long t0 = System.nanoTime();
            String result = normalizer.apply(row.text());
            long nanos = System.nanoTime() - t0;
            long size = Utf8.length(row.text());
            tally.add(row.lang(), size, nanos);
            tally.bytes += size;
            tally.documents++;
            if (!result.equals(row.text())) {
                tally.changed++;
            }
        }
        tally.wallNanos += System.nanoTime() - wall;
        tally.cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
    }

    private static Map<String, Object> summary(Tally t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("wall_seconds", Costs.round(t.wallNanos / 1e9, 2));
        out.put("cpu_seconds", Costs.round(t.cpuNanos / 1e9, 2));
        out.put("mb_per_second", Costs.rate(t.bytes / 1e6, t.wallNanos / 1e9));
        out.put("mb_per_cpu_second", Costs.rate(t.bytes / 1e6, t.cpuNanos / 1e9));
        out.put("documents_changed", t.changed);
        return out;
    }
}
