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
 * Language-ID throughput in MB per CPU second of the measuring thread (steadier than wall time on a shared
 * machine), on the same sentence sets as {@link LanguageIdThroughputBenchmark}: the shipped identifier, the same
 * with Lingua asked on every contest among its languages (the cost structure before the gate), our own models
 * without Lingua, and Lingua alone. Each is warmed up, then measured over repeated passes; the order of the
 * identifiers is interleaved per round so that a change in the machine's load falls on all of them.
 *
 * <pre>java -cp corpus-bench.jar org.seacorpus.bench.jmh.LanguageIdCpuThroughput [rounds]</pre>
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
        identifiers.put("shipped (Lingua below 0.9)", s -> shipped.identify(s).lang());
        identifiers.put("Lingua on every contest", s -> always.identify(s).lang());
        identifiers.put("own models, no Lingua", s -> own.identify(s).lang());
        identifiers.put("Lingua alone (5 languages)", lingua::computeLanguageConfidenceValues);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
            identifiers.keySet().forEach(k -> cpu.put(k, new long[2]));
            for (int round = -2; round < rounds; round++) {         // two warm-up rounds
                for (Map.Entry<String, Function<String, Object>> e : identifiers.entrySet()) {
                    long start = threads.getCurrentThreadCpuTime();
                    int h = 0;
                    for (int p = 0; p < passes; p++) {
                        for (String s : sentences) {
                            h += e.getValue().apply(s).hashCode();
                        }
                    }
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    if (round >= 0) {
                        cpu.get(e.getKey())[0] += spent;
                        cpu.get(e.getKey())[1] += (long) passes * bytes;
                    }
                    if (h == 42) {
                        System.out.print("");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%s: %d sentences, %d bytes, %d passes x %d rounds%n", set,
                    sentences.length, bytes, passes, rounds);
            double lingu = mbPerCpuSecond(cpu.get("Lingua alone (5 languages)"));
            for (Map.Entry<String, long[]> e : cpu.entrySet()) {
                double mb = mbPerCpuSecond(e.getValue());
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f MB/CPU-s | %.0f sentences/CPU-s | %.1fx Lingua |%n",
                        set, e.getKey(), mb, mb * 1e6 / bytes * sentences.length, mb / lingu);
            }
        }
        System.out.println("load at end: " + java.util.Arrays.toString(loadAverage()));
    }

    private static double mbPerCpuSecond(long[] cpuAndBytes) {
        return cpuAndBytes[1] / 1e6 / (cpuAndBytes[0] / 1e9);
    }

    private static double[] loadAverage() {
        double[] out = new double[1];
        out[0] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return out;
    }
}
