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
 * sets as {@link LanguageIdThroughputBenchmark}: the shipped identifier (since session 12 it never asks Lingua), the
 * gate of session 11 (Lingua below 0.9, about Indonesian against Malay alone below 0.6), the gate of session 10
 * (Lingua asked below 0.9 whatever the languages in contest), the same with Lingua asked on every contest among its languages (the cost
 * structure before the gate), our own models without Lingua, and Lingua alone. Each is warmed up, then measured
 * over repeated passes; the order of the identifiers is interleaved per round so that a change in the machine's
 * load falls on all of them.
 *
 * <p>Two clocks: the measuring thread's CPU time, and the whole process's. Lingua computes its languages'
 * probabilities on the common fork-join pool, so part of its cost is on other threads and only the process clock
 * sees it (it also sees the compiler and the collector, which after the warm-up rounds are small).
 *
 * <pre>java -cp corpus-bench.jar org.seacorpus.bench.jmh.LanguageIdCpuThroughput [rounds [pair gate…]]</pre>
 *
 * Each pair gate (a score, e.g. 0.65) adds the shipped identifier with Lingua asked about Indonesian against Malay
 * alone only below that score (the jars since session 11 know it).
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
        LanguageIdentifier always = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                new LanguageIdentifier.Weights(1.0, 1.0));
        LanguageIdentifier own = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                new LanguageIdentifier.Weights(0.0, 1.0));
        LanguageIdentifier session10 = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                new LanguageIdentifier.Weights(1.0, 1.0, 0.9));
        LanguageIdentifier session11 = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                new LanguageIdentifier.Weights(1.0, 1.0, 0.9, 0.6));
        identifiers.put("shipped", s -> shipped.identify(s).lang());
        identifiers.put("session 11's gate (Lingua below 0.9, id/ms alone below 0.6)",
                s -> session11.identify(s).lang());
        identifiers.put("session 10's gate (Lingua below 0.9)", s -> session10.identify(s).lang());
        for (int a = 1; a < args.length; a++) {
            double gate = Double.parseDouble(args[a]);
            LanguageIdentifier gated = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                    new LanguageIdentifier.Weights(1.0, 1.0, 0.9, gate));
            identifiers.put("id/ms pair asks Lingua below " + args[a], s -> gated.identify(s).lang());
        }
        identifiers.put("Lingua on every contest", s -> always.identify(s).lang());
        identifiers.put("own models, no Lingua", s -> own.identify(s).lang());
        identifiers.put("Lingua alone (5 languages)", lingua::computeLanguageConfidenceValues);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("load at start: " + java.util.Arrays.toString(loadAverage()));
        for (String set : List.of("mixed", "id-ms")) {
            String[] sentences = LanguageIdThroughputBenchmark.sentences(set.equals("mixed")
                    ? List.of("ceb", "en", "fil", "id", "jv", "km", "lo", "ms", "my", "shn", "su", "ta", "tet", "th",
                    "und", "vi", "zh") : List.of("id", "ms")).toArray(String[]::new);
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
