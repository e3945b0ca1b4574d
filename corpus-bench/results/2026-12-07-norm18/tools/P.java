package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;

/** ours.normalize over the given languages' texts (all files of the corpus dir given), N rounds: for a profiler. */
public class P {
    public static void main(String[] a) throws Exception {
        Path docs = Path.of(a[0]);
        int reps = Integer.parseInt(a[1]);
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        List<String> texts = new ArrayList<>();
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(docs.resolve("docs-00000.jsonl"))) {
            var m = om.readTree(line);
            if (!a[2].contains(m.get("lang").asText())) continue;
            texts.add(m.get("text").asText());
        }
        long sink = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = 0;
        for (int r = 0; r < reps; r++) {
            if (r == reps / 2) t0 = mx.getCurrentThreadCpuTime();
            for (String s : texts) sink += ours.normalize(s).text().length();
        }
        System.out.printf("main thread CPU, second half of %d rounds: %.1f ms a round (sink %d)%n", reps, (mx.getCurrentThreadCpuTime() - t0) / 1e6 / (reps - reps / 2), sink % 10);
    }
}
