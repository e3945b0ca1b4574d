import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.seacorpus.bench.jmh.LanguageIdThroughputBenchmark;
import org.seacorpus.document.Utf8;
import org.seacorpus.lang.identify.LanguageIdentifier;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * bin/bench's langid phase (LanguageIdBenchCommand.measure: 2 warm-up + N measured rounds of ~MB, seacorpus and
 * Lingua alternating) with, for every round and contender, the CPU of each thread group of the process read from
 * /proc/self/task (main, C2/C1 compiler, GC, fork-join pool, other). Args: DEVSET ROUNDS MB [lingua|nolingua] [sets]
 */
public class PhaseThreads {
    static long hz = 100;

    static Map<String, Long> ticks() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (var dirs = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                String s;
                try {
                    s = Files.readString(t.resolve("stat"));
                } catch (Exception e) {
                    continue;
                }
                String comm = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                long v = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                out.merge(group(comm), v, Long::sum);
            }
        }
        return out;
    }

    static String group(String comm) {
        if (comm.startsWith("C2 Compiler")) return "C2";
        if (comm.startsWith("C1 Compiler")) return "C1";
        if (comm.startsWith("GC Thread") || comm.startsWith("G1")) return "GC";
        if (comm.startsWith("ForkJoinPool")) return "FJ";
        if (comm.equals("java") || comm.equals("main")) return "main";
        return "other";
    }

    public static void main(String[] args) throws Exception {
        Path devset = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        double mb = Double.parseDouble(args[2]);
        boolean withLingua = args.length < 4 || args[3].equals("lingua");
        String setsArg = args.length > 4 ? args[4] : "mixed,id_ms";
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        Map<String, ToIntFunction<String>> contenders = new java.util.LinkedHashMap<>();
        contenders.put("seacorpus", s -> shipped.identify(s).lang().hashCode());
        if (withLingua) {
            LanguageDetector lingua = LanguageDetectorBuilder.fromLanguages(Language.INDONESIAN, Language.MALAY,
                    Language.TAGALOG, Language.ENGLISH, Language.VIETNAMESE).withPreloadedLanguageModels().build();
            contenders.put("lingua", s -> lingua.computeLanguageConfidenceValues(s).size());
        }
        var process = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (String set : setsArg.split(",")) {
            List<String> langs = set.equals("mixed") ? LanguageIdThroughputBenchmark.ALL : List.of("id", "ms");
            String[] sentences = LanguageIdThroughputBenchmark.sentences(devset, langs).toArray(String[]::new);
            long bytes = 0;
            for (String s : sentences) bytes += Utf8.length(s);
            int passes = Math.max(1, (int) Math.round(mb * 1e6 / bytes));
            List<String> names = new ArrayList<>(contenders.keySet());
            double[] proc = new double[names.size()];
            double[] thr = new double[names.size()];
            Map<String, Long> groupsOurs = new TreeMap<>();
            for (int round = -2; round < rounds; round++) {
                for (int k = 0; k < names.size(); k++) {
                    int c = Math.floorMod(round + k, names.size());
                    ToIntFunction<String> f = contenders.get(names.get(c));
                    System.out.printf(Locale.ROOT, "BEGIN %s round %d %s at %d%n", set, round, names.get(c),
                            System.currentTimeMillis());
                    Map<String, Long> before = ticks();
                    long p0 = process.getProcessCpuTime();
                    long t0 = threads.getCurrentThreadCpuTime();
                    for (int p = 0; p < passes; p++) for (String s : sentences) sink += f.applyAsInt(s);
                    long t1 = threads.getCurrentThreadCpuTime();
                    long p1 = process.getProcessCpuTime();
                    Map<String, Long> after = ticks();
                    StringBuilder g = new StringBuilder();
                    for (var e : after.entrySet()) {
                        long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                        if (d != 0) g.append(' ').append(e.getKey()).append('=').append(d * 1000 / hz).append("ms");
                        if (round >= 0 && c == 0) groupsOurs.merge(e.getKey(), d, Long::sum);
                    }
                    if (round >= 0) {
                        proc[c] += (p1 - p0) / 1e9;
                        thr[c] += (t1 - t0) / 1e9;
                    }
                    System.out.printf(Locale.ROOT, "%s round %d %-9s process %.3f s thread %.3f s |%s end %d%n", set, round,
                            names.get(c), (p1 - p0) / 1e9, (t1 - t0) / 1e9, g, System.currentTimeMillis());
                }
            }
            double measured = (double) bytes * passes * rounds / 1e6;
            System.out.printf(Locale.ROOT, "%s: seacorpus %.2f MB/CPU s process, %.2f thread; groups over measured"
                    + " rounds (ticks of 1/%d s): %s; load %s%n", set, measured / proc[0], measured / thr[0], hz,
                    groupsOurs, Files.readString(Path.of("/proc/loadavg")).trim());
        }
        System.out.println("whole process, CPU ms by thread group: " + ticks().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue() * 1000 / hz).toList() + "; sink " + sink % 10);
    }
}
