package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;
import org.seacorpus.lang.vi.*;

public class W {
    public static void main(String[] a) throws Exception {
        List<String> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[0], "docs-00000.jsonl"))) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (a[2].contains(m.get("lang").asText())) docs.add(m.get("text").asText());
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0; int reps = Integer.parseInt(a[1]); long t1s = 0, t2s = 0, t3s = 0; int legacy = 0, notPlain = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String d : docs) { boolean x = VietnameseFontRule.INSTANCE.leavesAlone(new String(d)); sink += x ? 1 : 0; if (r == 0 && !x) notPlain++; }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String d : docs) { var x = VietnameseFontRule.detect(d); sink += x.isPresent() ? 1 : 0; if (r == 0 && x.isPresent()) legacy++; }
            long t2 = mx.getCurrentThreadCpuTime();
            for (String d : docs) sink += VietnameseSyllables.score(d).words();
            long t3 = mx.getCurrentThreadCpuTime();
            if (r >= reps / 2) { t1s += t1 - t0; t2s += t2 - t1; t3s += t3 - t2; }
        }
        System.out.printf("%s: %d docs, %d not plainly legacy-free, %d detected: leavesAlone %.1f ms, detect %.1f ms, one score %.1f ms %d%n", a[2], docs.size(), notPlain, legacy, t1s / 1e6, t2s / 1e6, t3s / 1e6, sink % 10);
    }
}
