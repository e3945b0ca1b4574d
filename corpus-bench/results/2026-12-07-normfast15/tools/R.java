package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;

public class R {
    public static void main(String[] a) throws Exception {
        Path docs = Path.of(a[0]);
        int reps = Integer.parseInt(a[1]);
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        var f = ScriptAwareNormalizer.class.getDeclaredField("byModule"); f.setAccessible(true);
        @SuppressWarnings("unchecked") List<Normalizer> byModule = (List<Normalizer>) f.get(ours);
        var fr = ScriptAwareNormalizer.class.getDeclaredField("repairs"); fr.setAccessible(true);
        Normalizer repairs = (Normalizer) fr.get(ours);
        LanguageModules modules = LanguageProfiles.builtIn().modules();
        Map<String, List<String>> byLang = new TreeMap<>();
        for (String line : Files.readAllLines(docs.resolve("docs-00000.jsonl"))) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (a.length > 2 && !a[2].contains(m.get("lang").asText())) continue;
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        Map<String, Long> t = new TreeMap<>();
        long sink = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < reps; r++) {
            boolean count = r >= reps / 2;
            for (var e : byLang.entrySet()) {
                for (String s : e.getValue()) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    sink += repairs.leavesAlone(s) ? 1 : 0;
                    long t1 = mx.getCurrentThreadCpuTime();
                    if (count) t.merge(e.getKey() + " repairs.leavesAlone", t1 - t0, Long::sum);
                    for (String line : s.split("\n")) {
                        long mods = modules.modulesIn(line, 0, line.length());
                        for (int i = 0; i < byModule.size(); i++) {
                            if ((mods & (1L << i)) == 0 || byModule.get(i).isEmpty()) continue;
                            String copy = new String(line);
                            for (NormalizationRule rule : byModule.get(i).rules()) {
                                long u0 = mx.getCurrentThreadCpuTime();
                                boolean ok = rule.looksAtRanges() ? rule.leavesAlone(copy, 0, copy.length()) : rule.leavesAlone(copy);
                                long u1 = mx.getCurrentThreadCpuTime();
                                sink += ok ? 1 : 0;
                                if (count) t.merge(e.getKey() + " " + rule.name(), u1 - u0, Long::sum);
                                if (!ok) { if (count) t.merge(e.getKey() + " " + rule.name() + " NO", 1L, Long::sum); break; }
                            }
                        }
                    }
                }
            }
        }
        t.forEach((k, v) -> System.out.printf("%-40s %8.1f%n", k, k.endsWith("NO") ? v : v / 1e6));
        System.out.println(sink % 10);
    }
}
