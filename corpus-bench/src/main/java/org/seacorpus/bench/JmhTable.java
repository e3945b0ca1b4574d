package org.seacorpus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JMH results ({@code -rf json}) as one Markdown table: each seacorpus benchmark beside its baseline method
 * of the same class and case (see the pairs below), with the ratio of their average times and JMH's 99.9% error.
 */
final class JmhTable {
    /** seacorpus method → baseline method, by benchmark class. */
    private static final Map<String, String[]> PAIRS = Map.of(
            "NormalizerBenchmark", new String[] {"normalizer", "icuNfc"},
            "ScriptDetectionBenchmark", new String[] {"scriptDetector", "uscriptPerChar"},
            "SegmenterBenchmark", new String[] {"segmenter", "icuBreakIterator"},
            "MinHashBenchmark", new String[] {"minHashSignature", "textbookMinHash256"});

    private JmhTable() {
    }

    static void append(StringBuilder md, JsonNode runs) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            byKey.put(key(run), run);
        }
        md.append("### JMH microbenchmarks (µs per call, average; ± is JMH's 99.9% error)\n\n");
        md.append("| benchmark | case | seacorpus | baseline | ratio |\n|---|---|---|---|---|\n");
        for (JsonNode run : runs) {
            String[] name = name(run);
            String[] pair = PAIRS.get(name[0]);
            if (pair != null && name[1].equals(pair[1])) {
                continue; // printed beside its seacorpus method
            }
            boolean paired = pair != null && name[1].equals(pair[0]);
            JsonNode base = paired ? byKey.get(name[0] + "." + pair[1] + "|" + run.path("params").path("text").asText())
                    : null;
            String label = paired ? name[0] + "." + name[1] + " vs " + pair[1] : name[0] + "." + name[1];
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", label,
                    run.path("params").path("text").asText("—"), score(run), base == null ? "—" : score(base),
                    base == null ? "—" : String.format(Locale.ROOT, "%.1f×", value(run) / value(base))));
        }
        md.append('\n');
    }

    private static String key(JsonNode run) {
        String[] name = name(run);
        return name[0] + "." + name[1] + "|" + run.path("params").path("text").asText();
    }

    /** {class simple name, method}. */
    private static String[] name(JsonNode run) {
        List<String> parts = List.of(run.path("benchmark").asText().split("\\."));
        return new String[] {parts.get(parts.size() - 2), parts.get(parts.size() - 1)};
    }

    private static double value(JsonNode run) {
        return run.path("primaryMetric").path("score").asDouble();
    }

    private static String score(JsonNode run) {
        JsonNode m = run.path("primaryMetric");
        double error = m.path("scoreError").asDouble(Double.NaN);
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%.1f", m.path("score").asDouble())
                : String.format(Locale.ROOT, "%.1f ± %.1f", m.path("score").asDouble(), error);
    }
}
