import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two builds in one JVM (a class loader each), timed stage by stage and language by language, interleaved in every
 * round, in CPU time of this thread: language ID (identifyDocument), segmentation and counting (Segmentation.of)
 * and the normaliser, on the texts of a generated corpus grouped by language (truth.jsonl). Prints, per stage and
 * language, MB (UTF-8) per CPU second of each build over the counted rounds, their ratio, and whether the two
 * builds' answers agree (digests of every answer, taken in the warm-up rounds).
 *
 * <pre>java -cp tools TwoJars GEN_DIR ROUNDS WARMUP STAGES  base=CP1 after=CP2</pre>
 */
public final class TwoJars {
    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        List<String> stages = List.of(args[3].split(","));
        Map<String, Class<?>> builds = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            List<URL> urls = new ArrayList<>();
            for (String p : kv[1].split(":")) {
                urls.add(Path.of(p).toUri().toURL());
            }
            urls.add(Path.of(System.getProperty("work.dir")).toUri().toURL());
            ClassLoader loader = new URLClassLoader(kv[0], urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            builds.put(kv[0], Class.forName("Work", true, loader));
        }
        Map<String, String> langOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) {
            langOf.put(field(line, "id"), field(line, "lang"));
        }
        Map<String, List<String>> byLang = new TreeMap<>();
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                    String id = node.get("id").asText();
                    byLang.computeIfAbsent(langOf.getOrDefault(id, "und"), k -> new ArrayList<>())
                            .add(node.get("text").asText());
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // stage -> lang -> build -> cpu ns
        Map<String, Map<String, Map<String, long[]>>> cpu = new LinkedHashMap<>();
        Map<String, Long> bytes = new TreeMap<>();
        Map<String, Map<String, Long>> digests = new TreeMap<>();
        for (var e : byLang.entrySet()) {
            long b = 0;
            for (String t : e.getValue()) {
                b += t.getBytes(StandardCharsets.UTF_8).length;
            }
            bytes.put(e.getKey(), b);
        }
        System.err.printf("load at start %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (int r = 0; r < warm + rounds; r++) {
            List<String> order = new ArrayList<>(builds.keySet());
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String stage : stages) {
                for (var e : byLang.entrySet()) {
                    String[] texts = e.getValue().toArray(String[]::new);
                    for (String build : order) {
                        Class<?> work = builds.get(build);
                        Method m = stage.equals("segment")
                                ? work.getMethod("segment", String.class, String[].class, boolean.class)
                                : work.getMethod(stage, String[].class, boolean.class);
                        boolean digest = r < warm;   // digests in the warm-up rounds, timing in the others
                        long t0 = threads.getCurrentThreadCpuTime();
                        Object d = stage.equals("segment") ? m.invoke(null, e.getKey(), texts, digest)
                                : m.invoke(null, texts, digest);
                        long t1 = threads.getCurrentThreadCpuTime();
                        if (r >= warm) {
                            cpu.computeIfAbsent(stage, k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(build, k -> new long[1])[0] += t1 - t0;
                        }
                        if (digest) {
                            digests.computeIfAbsent(stage + " " + e.getKey(), k -> new TreeMap<>()).merge(build,
                                    (Long) d, (a, b) -> a.equals(b) ? a : Long.MIN_VALUE);
                        }
                    }
                }
            }
            System.err.printf("round %d done (load %s)%n", r, Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
        }
        List<String> names = new ArrayList<>(builds.keySet());
        System.out.printf(Locale.ROOT, "%-10s %-5s %9s", "stage", "lang", "MB");
        for (String n : names) {
            System.out.printf(Locale.ROOT, " %12s", n + " MB/s");
        }
        System.out.printf(Locale.ROOT, " %8s %6s%n", "ratio", "same");
        for (var s : cpu.entrySet()) {
            long[] tot = new long[names.size()];
            long allBytes = 0;
            for (var l : s.getValue().entrySet()) {
                double mb = bytes.get(l.getKey()) * (double) rounds / 1e6;
                allBytes += bytes.get(l.getKey());
                System.out.printf(Locale.ROOT, "%-10s %-5s %9.3f", s.getKey(), l.getKey(), mb);
                double[] rate = new double[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    long ns = l.getValue().get(names.get(i))[0];
                    tot[i] += ns;
                    rate[i] = mb / (ns / 1e9);
                    System.out.printf(Locale.ROOT, " %12.2f", rate[i]);
                }
                var d = digests.get(s.getKey() + " " + l.getKey());
                boolean same = d.size() == names.size() && d.values().stream().distinct().count() == 1
                        && !d.containsValue(Long.MIN_VALUE);
                System.out.printf(Locale.ROOT, " %8.2f %6s%n", rate[names.size() - 1] / rate[0], same);
            }
            double mb = allBytes * (double) rounds / 1e6;
            System.out.printf(Locale.ROOT, "%-10s %-5s %9.3f", s.getKey(), "ALL", mb);
            for (int i = 0; i < names.size(); i++) {
                System.out.printf(Locale.ROOT, " %12.2f", mb / (tot[i] / 1e9));
            }
            System.out.printf(Locale.ROOT, " %8.2f%n", (double) tot[0] / tot[names.size() - 1]);
        }
        System.err.printf("load at end %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static String field(String json, String name) {
        int i = json.indexOf("\"" + name + "\":\"");
        if (i < 0) {
            return null;
        }
        int s = i + name.length() + 4;
        return json.substring(s, json.indexOf('"', s));
    }
}
