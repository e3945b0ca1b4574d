package org.seacorpus.lang;
import java.util.*;
import java.nio.file.*;
import org.seacorpus.normalize.*;

/** Per language: how the fast path's look answers and whether the output changes, by rule. */
public class D {
    public static void main(String[] a) throws Exception {
        Path docs = Path.of(a[0]);
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        var look = ScriptAwareNormalizer.class.getDeclaredMethod("look", String.class, LinePlan.class); look.setAccessible(true);
        Map<String, List<String>> byLang = new TreeMap<>();
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(docs.resolve("docs-00000.jsonl"))) {
            var m = om.readTree(line);
            if (a.length > 1 && !a[1].contains(m.get("lang").asText())) continue;
            byLang.computeIfAbsent(m.get("lang").asText(), l -> new ArrayList<>()).add(m.get("text").asText());
        }
        for (var e : byLang.entrySet()) {
            Map<String,Integer> answers = new TreeMap<>();
            Map<String,Integer> rules = new TreeMap<>();
            int changed = 0, planLines = 0, planDocs = 0, scanRaw = 0;
            for (String s : e.getValue()) {
                LinePlan plan = new LinePlan(ours);
                int ans = (Integer) look.invoke(ours, s, plan);
                String key = ((ans & 1) != 0 ? "FULL" : "") + ((ans & 16) != 0 ? "|LINES" : "") + ((ans & 2) != 0 ? "|UNTIDY" : "") + ((ans & 8) != 0 ? "|EDGES" : "") + ((plan.answer & 4) != 0 ? "|askRep" : "");
                answers.merge(key.isEmpty() ? "0" : key, 1, Integer::sum);
                if (plan.count > 0) { planDocs++; planLines += plan.count; }
                var r = ours.normalize(s);
                if (!r.text().equals(s)) changed++;
                r.rules().forEach((k, v) -> rules.merge(k, 1, Integer::sum));
            }
            System.out.printf("%-4s docs %d changed %d planDocs %d planLines %d answers %s rules(docs) %s%n", e.getKey(), e.getValue().size(), changed, planDocs, planLines, answers, rules);
        }
    }
}
