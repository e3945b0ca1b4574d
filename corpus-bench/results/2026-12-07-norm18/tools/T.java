package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import com.ibm.icu.text.Normalizer2;
import org.seacorpus.normalize.*;
import org.seacorpus.lang.vi.VietnameseFontRule;

/** Per language of a gen corpus (first file): CPU ms of ours, ICU NFC, scan alone, whole look, font-repair look, per round, second half of rounds. */
public class T {
    public static void main(String[] a) throws Exception {
        Path docs = Path.of(a[0]);
        int reps = Integer.parseInt(a[1]);
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        var f = ScriptAwareNormalizer.class.getDeclaredField("units"); f.setAccessible(true);
        CleanTextScan.Units units = (CleanTextScan.Units) f.get(ours);
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        Map<String, List<String>> byLang = new TreeMap<>();
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(docs.resolve("docs-00000.jsonl"))) {
            var m = om.readTree(line);
            if (a.length > 2 && !a[2].contains(m.get("lang").asText())) continue;
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        CleanTextScan.Lines none = (t, x, y, z) -> true;
        String[] names = {"ours", "icu", "scan", "look", "fontlook"};
        int C = names.length;
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
                        else if (c == 3) sink += ours.onlyTidyingLeft(s) ? 1 : 0;
                        else sink += VietnameseFontRule.INSTANCE.leavesAlone(s) ? 1 : 0;
                    }
                    if (r >= reps / 2) cpu[c][li] += mx.getCurrentThreadCpuTime() - t;
                }
                li++;
            }
        }
        int li = 0; long[] tot = new long[C];
        int timed = reps - reps / 2;
        for (var e : byLang.entrySet()) {
            StringBuilder sb = new StringBuilder(String.format("%-4s ours/icu %5.2f |", e.getKey(), (double) cpu[0][li] / cpu[1][li]));
            for (int c = 0; c < C; c++) { sb.append(String.format(" %s %6.2f", names[c], cpu[c][li] / 1e6 / timed)); tot[c] += cpu[c][li]; }
            System.out.println(sb.append(" ms/round"));
            li++;
        }
        StringBuilder sb = new StringBuilder(String.format("ALL  ours/icu %5.2f |", (double) tot[0] / tot[1]));
        for (int c = 0; c < C; c++) sb.append(String.format(" %s %6.2f", names[c], tot[c] / 1e6 / timed));
        System.out.println(sb + " sink " + (sink % 10));
    }
}
