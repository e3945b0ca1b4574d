package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;

public class V {
    public static void main(String[] a) throws Exception {
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        var f = ScriptAwareNormalizer.class.getDeclaredField("byModule"); f.setAccessible(true);
        @SuppressWarnings("unchecked") List<Normalizer> byModule = (List<Normalizer>) f.get(ours);
        var fu = ScriptAwareNormalizer.class.getDeclaredField("units"); fu.setAccessible(true);
        CleanTextScan.Units units = (CleanTextScan.Units) fu.get(ours);
        LanguageModules modules = LanguageProfiles.builtIn().modules();
        int vi = -1;
        for (int i = 0; i < modules.all().size(); i++) if (modules.all().get(i).languages().contains("vi")) vi = i;
        Normalizer rules = byModule.get(vi);
        List<String> docs = new ArrayList<>(); List<int[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[0], "docs-00000.jsonl"))) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (!a[2].contains(m.get("lang").asText())) continue;
            String t = m.get("text").asText(); docs.add(t);
            int s = 0;
            while (s <= t.length()) { int e = t.indexOf('\n', s); e = e < 0 ? t.length() : e;
                if ((modules.modulesIn(t, s, e) & (1L << vi)) != 0) lines.add(new int[]{docs.size() - 1, s, e});
                s = e + 1; }
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0; int reps = Integer.parseInt(a[1]);
        long tl = 0, ts = 0, tn = 0; int no = 0;
        CleanTextScan.Lines none = (t, x, y, z) -> true;
        for (int r = 0; r < reps; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int[] l : lines) { boolean ok = rules.leavesAlone(docs.get(l[0]), l[1], l[2]); sink += ok ? 1 : 0; if (r == 0 && !ok) no++; }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String d : docs) sink += CleanTextScan.scan(d, units, none);
            long t2 = mx.getCurrentThreadCpuTime();
            for (String d : docs) sink += ours.normalize(d).text().length();
            long t3 = mx.getCurrentThreadCpuTime();
            if (r >= reps / 2) { tl += t1 - t0; ts += t2 - t1; tn += t3 - t2; }
        }
        System.out.printf("%s: %d docs, %d vi-range lines (%d say no): tone look %.1f ms, scan %.1f ms, normalize %.1f ms  %d%n", a[2], docs.size(), lines.size(), no, tl / 1e6, ts / 1e6, tn / 1e6, sink % 10);
    }
}
