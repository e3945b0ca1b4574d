import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two builds in one JVM (a class loader each) timed on import's stages after analysis (StageWork), language by
 * language, the builds interleaved in every round (order reversed every other round); warm-up rounds compare the
 * builds' digests. Prints per stage and language MB (UTF-8) per CPU second of each build, the ratio, and "same";
 * then (added by quality16) a "mix" line per stage: every text in the corpus's order, as an import worker sees them.
 *
 * <pre>java -cp tools:JAR StageTwoJars GEN_DIR ROUNDS WARMUP STAGES base=JAR1 after=JAR2 [variant=DIR:JAR2]</pre>
 * (the driver needs Jackson from one of the jars on its class path; -Dwork.dir= the compiled StageWork)
 */
public final class StageTwoJars {
    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        List<String> stages = List.of(args[3].split(","));
        Map<String, Method> builds = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            // CP may list several entries (a directory of changed classes before a jar)
            List<URL> list = new ArrayList<>();
            for (String entry : kv[1].split(":")) {
                list.add(Path.of(entry).toUri().toURL());
            }
            list.add(Path.of(System.getProperty("work.dir")).toUri().toURL());
            URL[] urls = list.toArray(URL[]::new);
            ClassLoader loader = new URLClassLoader(kv[0], urls, ClassLoader.getPlatformClassLoader());
            builds.put(kv[0], Class.forName("StageWork", true, loader)
                    .getMethod("run", String.class, String.class, String[].class, boolean.class));
        }
        Map<String, String> langOf = new java.util.HashMap<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) {
            var node = mapper.readTree(line);
            langOf.put(node.get("id").asText(), node.get("lang").asText());
        }
        Map<String, List<String>> byLang = new TreeMap<>();
        List<String> mixed = new ArrayList<>(); // every text in the corpus's order, "lang TAB text"
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = mapper.readTree(line);
                    String lang = langOf.getOrDefault(node.get("id").asText(), "und");
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(node.get("text").asText());
                    mixed.add(lang + "\t" + node.get("text").asText());
                }
            }
        }
        byLang.put("mix", mixed);
        Map<String, Long> bytes = new TreeMap<>();
        byLang.forEach((lang, texts) -> bytes.put(lang,
                texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum()));
        Map<String, Map<String, Map<String, long[]>>> cpu = new LinkedHashMap<>();
        Map<String, Boolean> same = new TreeMap<>();
        System.err.printf("load at start %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (int r = 0; r < warm + rounds; r++) {
            List<String> order = new ArrayList<>(builds.keySet());
            if (r % 2 == 1) {
                Collections.reverse(order);
            }
            for (String stage : stages) {
                for (var e : byLang.entrySet()) {
                    String[] texts = e.getValue().toArray(String[]::new);
                    Long digest = null;
                    for (String build : order) {
                        long[] out = (long[]) builds.get(build).invoke(null, stage, e.getKey(), texts, r < warm);
                        if (r >= warm) {
                            cpu.computeIfAbsent(stage, k -> new TreeMap<>()).computeIfAbsent(e.getKey(),
                                    k -> new LinkedHashMap<>()).computeIfAbsent(build, k -> new long[1])[0] += out[0];
                        } else {
                            same.merge(stage + " " + e.getKey(), digest == null || digest == out[1], Boolean::logicalAnd);
                            digest = out[1];
                        }
                    }
                }
            }
            System.err.printf("round %d done (load %s)%n", r,
                    Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
        }
        List<String> names = new ArrayList<>(builds.keySet());
        System.out.printf(Locale.ROOT, "%-8s %-5s %8s", "stage", "lang", "MB");
        names.forEach(n -> System.out.printf(Locale.ROOT, " %12s", n + " MB/s"));
        System.out.printf(Locale.ROOT, " %7s %5s%n", "ratio", "same");
        for (var s : cpu.entrySet()) {
            long[] total = new long[names.size()];
            long allBytes = 0;
            boolean allSame = true;
            for (var l : s.getValue().entrySet()) {
                if (l.getKey().equals("mix")) { // printed on its own line below, not in ALL
                    continue;
                }
                double mb = bytes.get(l.getKey()) * (double) rounds / 1e6;
                allBytes += bytes.get(l.getKey());
                System.out.printf(Locale.ROOT, "%-8s %-5s %8.3f", s.getKey(), l.getKey(), mb);
                double[] rate = new double[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    long ns = l.getValue().get(names.get(i))[0];
                    total[i] += ns;
                    rate[i] = mb / (ns / 1e9);
                    System.out.printf(Locale.ROOT, " %12.2f", rate[i]);
                }
                boolean ok = same.get(s.getKey() + " " + l.getKey());
                allSame &= ok;
                System.out.printf(Locale.ROOT, " %7.2f %5s%n", rate[names.size() - 1] / rate[0], ok);
            }
            double mb = allBytes * (double) rounds / 1e6;
            System.out.printf(Locale.ROOT, "%-8s %-5s %8.3f", s.getKey(), "ALL", mb);
            for (int i = 0; i < names.size(); i++) {
                System.out.printf(Locale.ROOT, " %12.2f", mb / (total[i] / 1e9));
            }
            System.out.printf(Locale.ROOT, " %7.2f %5s%n", (double) total[0] / total[names.size() - 1], allSame);
            var m = s.getValue().get("mix");
            if (m != null) {
                double mixMb = bytes.get("mix") * (double) rounds / 1e6;
                System.out.printf(Locale.ROOT, "%-8s %-5s %8.3f", s.getKey(), "mix", mixMb);
                for (String name : names) {
                    System.out.printf(Locale.ROOT, " %12.2f", mixMb / (m.get(name)[0] / 1e9));
                }
                System.out.printf(Locale.ROOT, " %7.2f %5s   (cpu s: %s)%n", (double) m.get(names.get(0))[0] / m.get(names.get(names.size() - 1))[0],
                        same.get(s.getKey() + " mix"), names.stream().map(n -> String.format(Locale.ROOT, "%.3f", m.get(n)[0] / 1e9 / rounds)).toList());
            }
        }
        System.err.printf("load at end %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
