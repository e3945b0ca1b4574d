package org.seacorpus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.seacorpus.document.Utf8;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.normalize.NormalizerOptions;

import com.ibm.icu.text.Normalizer2;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench normalize}: the import's normaliser ({@link ScriptAwareNormalizer} with the default options,
 * as {@code Corpus.importPipeline} builds it) against plain ICU {@link Normalizer2} NFC on the same generated
 * texts, one thread, all texts in memory (reading JSON is not timed). The same normaliser without its fast path
 * ({@link ScriptAwareNormalizer#normalizeFully}) is a third contender, so the fast path's gain is measured in the
 * same run.
 *
 * <p>Each contender runs over each language's texts as one timed loop (this thread's CPU time and wall time around
 * the loop, nothing else inside it: the loop only keeps the output's length, so the JIT cannot drop the call).
 * After a warm-up round over everything, {@code --rounds} rounds follow, the contenders' order rotating from round
 * to round, so all three see the same JIT state and, on a shared machine, the same neighbours. The ratio reported
 * is the median of the rounds' ratios; per language, the ratio of the CPU times summed over the rounds. Before
 * anything is timed, every document is normalised both ways and the fast path's text and audit must equal the full
 * path's (a differential test on the generated documents): a mismatch is printed and the command fails.
 *
 * <p>Those short rounds still hold the optimising compiler's work (at 10k a round is about 11 MB, a fifth of a
 * second of the normaliser and a twentieth of ICU's), and a job over gigabytes pays it once. So after them the
 * normaliser and then ICU NFC each run alone through {@link CompiledRounds}: round after round over all the texts
 * until two rounds in a row spend under {@value CompiledRounds#QUIET_COMPILE_SHARE} of their process CPU in
 * compilation, and for at least two CPU seconds (at most {@value CompiledRounds#MAX_SETTLING_ROUNDS} rounds), then
 * {@code 2 × --rounds} timed rounds, or more until they take a CPU second of the thread. The
 * goal is judged on that compiled ratio ({@code ratio_cpu_compiled}), by the calling thread's CPU clock, the clock
 * of the short rounds: both contenders run on the calling thread only, and the thread's clock leaves out the
 * compiler threads' work that the settling is there to remove. The process's clock (which adds the collector's
 * threads, so the cost of what each contender allocates) is reported beside it ({@code ratio_process_cpu_compiled}).
 * The short rounds' {@code ratio_cpu} is kept beside the judged figure.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the import's normaliser against ICU NFC on the generated texts, by the calling "
                + "thread's CPU clock: first in short rotating rounds after one warm-up round (ratio_cpu), then "
                + "each alone once the compiler has settled (ratio_cpu_compiled, the figure the goal is judged "
                + "on; the process's clock beside it); print JSON.")
final class NormalizeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", required = true, description = "Folder written by generate.")
    Path docs;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured rounds over all texts, after one warm-up round; each contender gets twice as "
                    + "many (at least a CPU second) once the compiler has settled (default: ${DEFAULT-VALUE}).")
    int rounds;

    private static final String[] NAMES = {"normalizer", "icu_nfc", "normalizer_without_fast_path"};

    /** CPU and wall nanoseconds of one contender, per language and per round. */
    private static final class Tally {
        final Map<String, long[]> cpuByLang = new TreeMap<>();
        final Map<String, long[]> wallByLang = new TreeMap<>();
        final long[] cpuByRound;
        final long[] wallByRound;

        Tally(int rounds) {
            cpuByRound = new long[rounds];
            wallByRound = new long[rounds];
        }

        long cpu() {
            return Arrays.stream(cpuByRound).sum();
        }

        long wall() {
            return Arrays.stream(wallByRound).sum();
        }
    }

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(),
                NormalizerOptions.defaults());
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        List<UnaryOperator<String>> contenders = List.of(text -> ours.normalize(text).text(), nfc::normalize,
                text -> ours.normalizeFully(text).text());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double load = HeapWatcher.loadAverage();
        Map<String, List<String>> byLang = new TreeMap<>();
        for (Path file : GeneratedShards.in(docs).files()) {
            for (GeneratedShards.Row row : GeneratedShards.read(file)) {
                byLang.computeIfAbsent(row.lang(), l -> new ArrayList<>()).add(row.text());
            }
        }
        Map<String, Long> bytesByLang = new TreeMap<>();
        byLang.forEach((lang, texts) -> bytesByLang.put(lang, texts.stream().mapToLong(Utf8::length).sum()));
        long bytes = bytesByLang.values().stream().mapToLong(Long::longValue).sum();
        int documents = byLang.values().stream().mapToInt(List::size).sum();
        // the fast path must give what the full path gives, text and audit, on every document (untimed)
        long mismatches = 0;
        for (List<String> texts : byLang.values()) {
            for (String text : texts) {
                if (!ours.normalize(text).equals(ours.normalizeFully(text))) {
                    if (mismatches++ < 5) {
                        System.err.println("normalize: the fast path differs from the full path on: " + text);
                    }
                }
            }
        }
        if (mismatches > 0) {
            System.err.printf(java.util.Locale.ROOT, "normalize: %d documents differ between the fast and the full "
                    + "path; not timing a wrong answer%n", mismatches);
            return 1;
        }
        long[] changed = new long[contenders.size()];
        Tally[] tallies = new Tally[contenders.size()];
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapWatcher heap = new HeapWatcher()) {
            for (int c = 0; c < contenders.size(); c++) { // warm-up, and the changed counts (untimed)
                tallies[c] = new Tally(rounds);
                for (List<String> texts : byLang.values()) {
                    for (String text : texts) {
                        if (!contenders.get(c).apply(text).equals(text)) {
                            changed[c]++;
                        }
                    }
                }
            }
            long sink = 0;
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < contenders.size(); k++) {
                    int c = (round + k) % contenders.size();
                    for (Map.Entry<String, List<String>> lang : byLang.entrySet()) {
                        long cpu = threads.getCurrentThreadCpuTime();
                        long wall = System.nanoTime();
                        sink += timedLoop(lang.getValue(), contenders.get(c));
                        wall = System.nanoTime() - wall;
                        cpu = threads.getCurrentThreadCpuTime() - cpu;
                        tallies[c].cpuByRound[round] += cpu;
                        tallies[c].wallByRound[round] += wall;
                        tallies[c].cpuByLang.computeIfAbsent(lang.getKey(), l -> new long[1])[0] += cpu;
                        tallies[c].wallByLang.computeIfAbsent(lang.getKey(), l -> new long[1])[0] += wall;
                    }
                }
            }
            // each alone, once the compiler has settled (the figure the goal is judged on)
            CompiledRounds.Result[] compiled = new CompiledRounds.Result[2];
            for (int c = 0; c < compiled.length; c++) {
                UnaryOperator<String> contender = contenders.get(c);
                compiled[c] = CompiledRounds.measure(() -> {
                    long sum = 0;
                    for (List<String> texts : byLang.values()) {
                        sum += timedLoop(texts, contender);
                    }
                    return sum;
                }, 2 * rounds);
                sink += compiled[c].sink();
            }
            out.put("documents", documents);
            out.put("text_mb", Costs.round(bytes / 1e6, 1));
            out.put("rounds", rounds);
            out.put("fast_path_mismatches", mismatches);
            for (int c = 0; c < contenders.size(); c++) {
                out.put(NAMES[c], summary(tallies[c], bytes * rounds, changed[c]));
            }
            out.put("ratio_cpu", medianRatio(tallies[0].cpuByRound, tallies[1].cpuByRound));
            out.put("ratio_wall", medianRatio(tallies[0].wallByRound, tallies[1].wallByRound));
            out.put("ratio_cpu_without_fast_path", medianRatio(tallies[2].cpuByRound, tallies[1].cpuByRound));
            out.put("ratio_cpu_by_round", ratios(tallies[0].cpuByRound, tallies[1].cpuByRound));
            out.put("normalizer_compiled", compiledRow(compiled[0], bytes));
            out.put("icu_nfc_compiled", compiledRow(compiled[1], bytes));
            out.put("ratio_cpu_compiled", Costs.round(CompiledRounds.perRoundRatio(compiled[0], compiled[1],
                    CompiledRounds.Result::threadNanos), 2));
            out.put("ratio_process_cpu_compiled", Costs.round(CompiledRounds.perRoundRatio(compiled[0], compiled[1],
                    CompiledRounds.Result::processNanos), 2));
            out.put("clock", "CPU time of the calling thread (ratio_cpu, ratio_cpu_compiled); the process's for "
                    + "ratio_process_cpu_compiled");
            out.put("goal_nfc_fraction", 0.33);
            out.put("goal_judged_on", "ratio_cpu_compiled");
            Map<String, Object> languages = new TreeMap<>();
            bytesByLang.forEach((lang, size) -> {
                long mine = tallies[0].cpuByLang.get(lang)[0];
                long icu = tallies[1].cpuByLang.get(lang)[0];
                long slow = tallies[2].cpuByLang.get(lang)[0];
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("mb", Costs.round(size / 1e6, 2));
                row.put("normalizer_mb_cpu_s", Costs.rate(size * (double) rounds / 1e6, mine / 1e9));
                row.put("icu_nfc_mb_cpu_s", Costs.rate(size * (double) rounds / 1e6, icu / 1e9));
                row.put("ratio_cpu", Costs.round((double) mine / Math.max(1, icu), 2));
                row.put("ratio_cpu_without_fast_path", Costs.round((double) slow / Math.max(1, icu), 2));
                languages.put(lang, row);
            });
            out.put("by_language", languages);
            out.put("sink", sink % 10); // keeps the JIT from dropping the loops
            Costs.put(out, heap, load);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) out.get("normalizer");
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) out.get("icu_nfc");
        @SuppressWarnings("unchecked")
        Map<String, Object> ac = (Map<String, Object>) out.get("normalizer_compiled");
        @SuppressWarnings("unchecked")
        Map<String, Object> bc = (Map<String, Object>) out.get("icu_nfc_compiled");
        Costs.say("normalize: %.1f MB × %d rounds; normaliser %.1f MB/CPU s, ICU NFC %.1f MB/CPU s: %.2f× the CPU "
                        + "time of NFC, median of the rounds (%.2f× without the fast path); %d of %d documents "
                        + "changed; compiled (after %s and %s MB alone%s): normaliser %.1f MB/CPU s, ICU NFC %.1f: "
                        + "%.2f× (process clock %.2f×); load %.2f → %.2f",
                out.get("text_mb"), rounds, a.get("mb_per_cpu_second"), b.get("mb_per_cpu_second"),
                out.get("ratio_cpu"), out.get("ratio_cpu_without_fast_path"), changed[0], documents,
                ac.get("settling_mb"), bc.get("settling_mb"), Boolean.TRUE.equals(ac.get("settled"))
                        && Boolean.TRUE.equals(bc.get("settled")) ? "" : ", compiler still busy",
                ac.get("mb_per_cpu_second"), bc.get("mb_per_cpu_second"), out.get("ratio_cpu_compiled"),
                out.get("ratio_process_cpu_compiled"), out.get("load_before"), out.get("load_after"));
        BenchCommand.print(spec, out);
        return 0;
    }

    /** The timed loop: the contender over each text, keeping only the output's length. */
    private static long timedLoop(List<String> texts, UnaryOperator<String> normalizer) {
        long sum = 0;
        for (int i = 0; i < texts.size(); i++) {
            sum += normalizer.apply(texts.get(i)).length();
        }
        return sum;
    }

    private static double medianRatio(long[] mine, long[] base) {
        double[] ratios = new double[mine.length];
        for (int i = 0; i < mine.length; i++) {
            ratios[i] = (double) mine[i] / Math.max(1, base[i]);
        }
        Arrays.sort(ratios);
        int n = ratios.length;
        double median = n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
        return Costs.round(median, 2);
    }

    private static List<Double> ratios(long[] mine, long[] base) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < mine.length; i++) {
            out.add(Costs.round((double) mine[i] / Math.max(1, base[i]), 2));
        }
        return out;
    }

    /** A contender's compiled figure: by the thread's clock (judged) and the process's, and what settling took. */
    private static Map<String, Object> compiledRow(CompiledRounds.Result r, long bytesPerRound) {
        double mb = (double) bytesPerRound * r.rounds() / 1e6;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mb_per_cpu_second", Costs.rate(mb, r.threadNanos() / 1e9));
        out.put("mb_per_process_cpu_second", Costs.rate(mb, r.processNanos() / 1e9));
        out.put("cpu_seconds", Costs.round(r.threadNanos() / 1e9, 2));
        out.put("process_cpu_seconds", Costs.round(r.processNanos() / 1e9, 2));
        out.put("timed_mb", Costs.round(mb, 1));
        out.put("settling_mb", Costs.round((double) bytesPerRound * r.settlingRounds() / 1e6, 1));
        out.put("settling_rounds", r.settlingRounds());
        out.put("settled", r.settled());
        out.put("compile_ms_in_timed_rounds", r.compileMillis());
        return out;
    }

    private static Map<String, Object> summary(Tally t, long bytes, long changed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("wall_seconds", Costs.round(t.wall() / 1e9, 2));
        out.put("cpu_seconds", Costs.round(t.cpu() / 1e9, 2));
        out.put("mb_per_second", Costs.rate(bytes / 1e6, t.wall() / 1e9));
        out.put("mb_per_cpu_second", Costs.rate(bytes / 1e6, t.cpu() / 1e9));
        out.put("documents_changed", changed);
        return out;
    }
}
