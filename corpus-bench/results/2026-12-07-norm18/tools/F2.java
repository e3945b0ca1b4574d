package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.lang.vi.*;

public class F2 {
    public static void main(String[] a) throws Exception {
        Map<String, List<String>> byLang = new TreeMap<>();
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(Path.of(a[0]).resolve("docs-00000.jsonl"))) {
            var m = om.readTree(line);
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < 10; r++) for (var e : byLang.entrySet()) {
            int notAlone = 0, detected = 0; long t0 = mx.getCurrentThreadCpuTime();
            for (String s : e.getValue()) {
                if (!VietnameseFontRule.INSTANCE.leavesAlone(s)) { notAlone++; if (VietnameseFontRule.detect(s).isPresent()) detected++; }
            }
            if (r == 9) System.out.printf("%-4s docs %d lookSaysNo %d detected %d  ms %.2f%n", e.getKey(), e.getValue().size(), notAlone, detected, (mx.getCurrentThreadCpuTime() - t0) / 1e6);
        }
    }
}
