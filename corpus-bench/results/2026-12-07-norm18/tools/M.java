package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;
import org.seacorpus.lang.my.*;

/** For my, shn, km lines: which rule's look says no, and whether the rule then changes the line. */
public class M {
    public static void main(String[] a) throws Exception {
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, List<String>> byLang = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(a[0]).resolve("docs-00000.jsonl"))) {
            var m = om.readTree(line);
            if (!a[1].contains(m.get("lang").asText())) continue;
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        List<NormalizationRule> rules = MyanmarNormalizer.all(Double.parseDouble(a[2]));
        for (var e : byLang.entrySet()) {
            int lines = 0; int[] no = new int[rules.size()]; int[] changed = new int[rules.size()];
            for (String doc : e.getValue()) for (String line : doc.split("\n")) {
                if (!line.codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F || c >= 0xAA60 && c <= 0xAA7F || c >= 0xA9E0 && c <= 0xA9FF)) continue;
                lines++;
                for (int r = 0; r < rules.size(); r++) {
                    String l = new String(line);
                    if (!rules.get(r).leavesAlone(l)) { no[r]++; if (!rules.get(r).apply(l, new RuleCounts()).equals(l)) changed[r]++; }
                }
            }
            StringBuilder sb = new StringBuilder(e.getKey() + " myanmar lines " + lines);
            for (int r = 0; r < rules.size(); r++) sb.append(" | ").append(rules.get(r).name()).append(" lookNo ").append(no[r]).append(" changed ").append(changed[r]);
            System.out.println(sb);
        }
    }
}
