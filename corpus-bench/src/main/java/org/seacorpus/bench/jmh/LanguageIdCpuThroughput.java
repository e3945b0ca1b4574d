package org.seacorpus.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.seacorpus.document.Utf8;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.identify.LangidModels;
import org.seacorpus.lang.identify.LanguageIdentifier;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Language-ID throughput in MB per CPU second (steadier than wall time on a shared machine), on the same sentence
 * sets as {@link LanguageIdThroughputBenchmark}: the shipped identifier (n-gram model, pair model and marker words;
 * Lingua left the runtime in session 12), the n-gram model alone, and Lingua alone on the five Latin-script
 * languages it was once asked about, the baseline. Each is warmed up, then measured over repeated passes; the order
 * of the identifiers is interleaved per round so that a change in the machine's load falls on all of them. Session
 * 10's and 11's gates, which asked Lingua from inside the identifier, were measured here until session 12
 * (corpus-bench/results/2026-12-07-lid12/); those jars still run them.
 *
 * <p>Two clocks: the measuring thread's CPU time, and the whole process's. Lingua computes its languages'
 * probabilities on the common fork-join pool, so part of its cost is on other threads and only the process clock
 * sees it (it also sees the compiler and the collector, which after the warm-up rounds are small).
 *
 * <pre>java -cp corpus-bench.jar org.seacorpus.bench.jmh.LanguageIdCpuThroughput [rounds]</pre>
 *
 * The class uses only what every jar since session 10 has ({@link LanguageIdentifier#builtIn()},
 * {@code Weights.MODEL_ONLY}), so {@code results/2026-12-07-gate11/lid-ab.sh} can put it in front of an older jar.
 */
public final class LanguageIdCpuThroughput {
    private LanguageIdCpuThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        LanguageDetector lingua = LanguageDetectorBuilder.fromLanguages(Language.INDONESIAN, Language.MALAY,
                Language.TAGALOG, Language.ENGLISH, Language.VIETNAMESE).withPreloadedLanguageModels().build();
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Map<String, Function<String, Object>> identifiers = new LinkedHashMap<>();
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        LanguageIdentifier modelOnly = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                LanguageIdentifier.Weights.MODEL_ONLY);
        identifiers.put("shipped", s -> shipped.identify(s).lang());
        identifiers.put("n-gram model alone", s -> modelOnly.identify(s).lang());
        identifiers.put("Lingua alone (5 languages)", lingua::computeLanguageConfidenceValues);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("load at start: " + java.util.Arrays.toString(loadAverage()));
        for (String set : List.of("mixed", "id-ms")) {
            String[] sentences = LanguageIdThroughputBenchmark.sentences(set.equals("mixed")
                    ? LanguageIdThroughputBenchmark.ALL : List.of("id", "ms")).toArray(String[]::new);
            long bytes = 0;
            for (String s : sentences) {
                bytes += Utf8.length(s);
            }
            int passes = Math.max(1, (int) (2_000_000 / bytes));   // about 2 MB of text per measurement
            Map<String, long[]> cpu = new LinkedHashMap<>();
            identifiers.keySet().forEach(k -> cpu.put(k, new long[3]));
            for (int round = -2; round < rounds; round++) {         // two warm-up rounds
                for (Map.Entry<String, Function<String, Object>> e : identifiers.entrySet()) {
                    long start = threads.getCurrentThreadCpuTime();
                    long processStart = process.getProcessCpuTime();
                    int h = 0;
                    for (int p = 0; p < passes; p++) {
                        for (String s : sentences) {
                            h += e.getValue().apply(s).hashCode();
                        }
                    }
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    long processSpent = process.getProcessCpuTime() - processStart;
                    if (round >= 0) {
                        cpu.get(e.getKey())[0] += spent;
                        cpu.get(e.getKey())[1] += (long) passes * bytes;
                        cpu.get(e.getKey())[2] += processSpent;
                    }
                    if (h == 42) {
                        System.out.print("");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%s: %d sentences, %d bytes, %d passes x %d rounds%n", set,
                    sentences.length, bytes, passes, rounds);
            double lingu = mbPerCpuSecond(cpu.get("Lingua alone (5 languages)"), 0);
            double linguProcess = mbPerCpuSecond(cpu.get("Lingua alone (5 languages)"), 2);
            for (Map.Entry<String, long[]> e : cpu.entrySet()) {
                double mb = mbPerCpuSecond(e.getValue(), 0);
                double mbProcess = mbPerCpuSecond(e.getValue(), 2);
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f MB/CPU-s | %.0f sentences/CPU-s | %.1fx Lingua "
                                + "| process: %.2f MB/CPU-s | %.1fx Lingua |%n", set, e.getKey(), mb,
                        mb * 1e6 / bytes * sentences.length, mb / lingu, mbProcess, mbProcess / linguProcess);
            }
        }
        System.out.println("load at end: " + java.util.Arrays.toString(loadAverage()));
    }

    /** MB per CPU second by the clock at {@code clock} (0 the thread's, 2 the process's); index 1 holds the bytes. */
    private static double mbPerCpuSecond(long[] cpuAndBytes, int clock) {
        return cpuAndBytes[1] / 1e6 / (cpuAndBytes[clock] / 1e9);
    }

    private static double[] loadAverage() {
        double[] out = new double[1];
        out[0] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return out;
    }
}
