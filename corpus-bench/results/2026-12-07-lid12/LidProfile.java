import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * Runs the shipped identifier over the development set's sentences ("mixed": all 17 labels; "id-ms": Indonesian and
 * Malay) for a given number of seconds of the calling thread's CPU after a warm-up of the same length, then prints
 * the CPU of every thread of the process over the measured part, grouped by kind (the calling thread, the common
 * fork-join pool's workers where Lingua computes, the JIT compilers, the collector, the rest), and the process's.
 * Run it under JFR for the samples inside each thread:
 * java -XX:StartFlightRecording=filename=F.jfr,settings=profile -cp corpus-bench.jar LidProfile.java SET SECONDS DEVDIR [own]
 */
public class LidProfile {
    public static void main(String[] args) {
        String set = args[0];
        double seconds = Double.parseDouble(args[1]);
        List<String> sentences = sentences(Path.of(args[2]), set.equals("mixed")
                ? List.of("ceb", "en", "fil", "id", "jv", "km", "lo", "ms", "my", "shn", "su", "ta", "tet", "th",
                "und", "vi", "zh") : List.of("id", "ms"));
        // "own": our own models without Lingua (the same identifier in every jar since session 8)
        LanguageIdentifier shipped = args.length > 3 && args[3].equals("own")
                ? new LanguageIdentifier(org.seacorpus.lang.LanguageProfiles.builtIn(),
                        org.seacorpus.lang.identify.LangidModels.builtIn(), new LanguageIdentifier.Weights(0.0, 1.0))
                : LanguageIdentifier.builtIn();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        run(shipped, sentences, seconds, threads);                    // warm-up, models loaded
        Map<Long, Long> before = perThread(threads);
        long processBefore = os.getProcessCpuTime();
        long bytes = run(shipped, sentences, seconds, threads);
        long process = os.getProcessCpuTime() - processBefore;
        Map<String, Long> byKind = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info == null || cpu < 0) {
                continue;
            }
            byKind.merge(kind(info.getThreadName()), cpu - before.getOrDefault(id, 0L), Long::sum);
        }
        long javaThreads = byKind.values().stream().mapToLong(Long::longValue).sum();
        byKind.put("JVM-internal threads (compiler, GC, not Java threads)", process - javaThreads);
        System.out.printf(Locale.ROOT, "%s: %d sentences, %.2f MB, process %.2f CPU-s, %.2f MB per process CPU-s, load %s%n",
                set, sentences.size(), bytes / 1e6, process / 1e9, bytes / 1e6 / (process / 1e9), load());
        byKind.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-55s %7.2f CPU-s %5.1f%%%n", k, v / 1e9,
                100.0 * v / process));
    }

    /** The development set's sentences of these languages (the layout of {@code langid/dev/<lang>.tsv}). */
    static List<String> sentences(Path dir, List<String> languages) {
        List<String> out = new ArrayList<>();
        for (String lang : languages) {
            try {
                for (String line : Files.readAllLines(dir.resolve(lang + ".tsv"), StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] f = line.split("\t", 3);
                        out.add(f[f.length - 1]);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    static long run(LanguageIdentifier langid, List<String> sentences, double seconds,
                    java.lang.management.ThreadMXBean threads) {
        long until = threads.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
        long passBytes = 0;
        for (String s : sentences) {
            passBytes += s.getBytes(StandardCharsets.UTF_8).length;
        }
        long bytes = 0;
        int h = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (String s : sentences) {
                h += langid.identify(s).lang().hashCode();
            }
            bytes += passBytes;
        }
        if (h == 42) {
            System.out.print("");
        }
        return bytes;
    }

    static Map<Long, Long> perThread(java.lang.management.ThreadMXBean threads) {
        Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            out.put(id, threads.getThreadCpuTime(id));
        }
        return out;
    }

    static String kind(String name) {
        if (name.equals("main")) {
            return "calling thread (main)";
        }
        if (name.startsWith("ForkJoinPool.commonPool")) {
            return "common fork-join pool workers";
        }
        return "other Java threads: " + name.replaceAll("[-#]?\\d+$", "");
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
