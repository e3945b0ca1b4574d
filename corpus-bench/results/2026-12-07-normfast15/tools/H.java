package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import com.ibm.icu.text.Normalizer2;
import org.seacorpus.lang.*;
import org.seacorpus.normalize.*;
import org.seacorpus.bench.*;

public class H {
    public static void main(String[] a) throws Exception {
        Path docs = Path.of(a[0]);
        int reps = Integer.parseInt(a[1]);
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        var f = ScriptAwareNormalizer.class.getDeclaredField("units"); f.setAccessible(true);
        CleanTextScan.Units units = (CleanTextScan.Units) f.get(ours);
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        Map<String, List<String>> byLang = new TreeMap<>();
        for (String line : Files.readAllLines(docs.resolve("docs-00000.jsonl"))) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (a.length > 2 && !a[2].contains(m.get("lang").asText())) continue;
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        CleanTextScan.Lines none = (t, x, y, z) -> true;
        int C = 4;
        long[][] cpu = new long[C][byLang.size()];
        long sink = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < reps; r++) {
            int li = 0;
            for (var e : byLang.entrySet()) {
                for (int c = 0; c < C; c++) {
                    long t = mx.getCurrentThreadCpuTime();
                    for (String s : e.getValue()) {
                        if (c == 0) sink += ours.normalize(s).text().length();
                        else if (c == 1) sink += nfc.normalize(s).length();
                        else if (c == 2) sink += CleanTextScan.scan(s, units, none);
                        else sink += ours.onlyTidyingLeft(s) ? 1 : 0;
                    }
                    if (r >= reps / 2) cpu[c][li] += mx.getCurrentThreadCpuTime() - t;
                }
                li++;
            }
        }
        int li = 0; long[] tot = new long[C];
        for (var e : byLang.entrySet()) {
            System.out.printf("%-4s ours/icu %.2f scan/icu %.2f look/icu %.2f  ours %6.1f ms icu %6.1f scan %6.1f look %6.1f%n", e.getKey(),
                (double) cpu[0][li] / cpu[1][li], (double) cpu[2][li] / cpu[1][li], (double) cpu[3][li] / cpu[1][li], cpu[0][li] / 1e6, cpu[1][li] / 1e6, cpu[2][li] / 1e6, cpu[3][li] / 1e6);
            for (int c = 0; c < C; c++) tot[c] += cpu[c][li];
            li++;
        }
        System.out.printf("ALL  ours/icu %.2f scan/icu %.2f look/icu %.2f sink %d%n", (double) tot[0] / tot[1], (double) tot[2] / tot[1], (double) tot[3] / tot[1], sink % 10);
    }
}
