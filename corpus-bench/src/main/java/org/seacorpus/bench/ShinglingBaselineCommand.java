package org.seacorpus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.seacorpus.dedupe.ShingleScheme;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.segment.Segmenters;

import com.dynatrace.hash4j.hashing.Hashing;
import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench shingling}: how similar the planted near-duplicates look to their bases under
 * whitespace-split 5-word shingles (what general dedupe tools do by default) and under 5-word shingles from
 * each language's segmenter (what seacorpus does), per script: the mean exact Jaccard and the share of pairs at
 * or above a threshold. It compares shingling only; the MinHash and LSH that follow are the same either way.
 */
@Command(name = "shingling", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare whitespace and segmenter shingles on a generated corpus's near-duplicates.")
final class ShinglingBaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", required = true, description = "Folder written by generate.")
    Path docs;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.65", description = "Threshold to count.")
    double threshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20000", description = "Documents read.")
    int limit;

    @Override
    public Integer call() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles);
        Normalizer normalizer = new Normalizer(GenericRules.all(profiles.modules().encodingRepairs(),
                profiles.scriptLetters()));
        Shingler words = new Shingler(ShingleScheme.WORDS_5);
        Map<String, long[][]> base = new HashMap<>(); // id → {segmenter shingles, whitespace shingles}
        Map<String, double[]> byScript = new TreeMap<>(); // n, sum seg, sum ws, seg ≥ t, ws ≥ t
        Map<String, JsonNode> truth = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(docs.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null && n < limit; line = in.readLine(), n++) {
                JsonNode row = BenchCommand.JSON.readTree(line);
                truth.put(row.get("id").asText(), row);
            }
        }
        List<Path> shards;
        try (var files = Files.list(docs)) {
            shards = files.filter(f -> f.getFileName().toString().startsWith("docs-")).sorted().toList();
        }
        int read = 0;
        for (Path shard : shards) {
            try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null && read < limit; line = in.readLine(), read++) {
                    JsonNode row = BenchCommand.JSON.readTree(line);
                    JsonNode t = truth.get(row.get("id").asText());
                    String lang = t.get("lang").asText();
                    String text = normalizer.normalize(row.get("text").asText()).text();
                    long[][] sets = {words.shingles(text, segmenters.forLanguage(lang)), spaceShingles(text)};
                    String kind = t.get("kind").asText();
                    if (kind.equals("base")) {
                        base.put(t.get("id").asText(), sets);
                    } else if (!kind.equals("hard-negative") && !kind.equals("copy") && !kind.equals("reformat")
                            && base.containsKey(t.get("base").asText())) {
                        long[][] b = base.get(t.get("base").asText());
                        double seg = Shingler.jaccard(b[0], sets[0]);
                        double ws = Shingler.jaccard(b[1], sets[1]);
                        double[] s = byScript.computeIfAbsent(t.get("script").asText(), x -> new double[5]);
                        s[0]++;
                        s[1] += seg;
                        s[2] += ws;
                        s[3] += seg >= threshold ? 1 : 0;
                        s[4] += ws >= threshold ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threshold", threshold);
        Map<String, Object> scripts = new TreeMap<>();
        byScript.forEach((script, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("near_duplicates", (long) s[0]);
            m.put("segmenter_mean_jaccard", round(s[1] / s[0]));
            m.put("whitespace_mean_jaccard", round(s[2] / s[0]));
            m.put("segmenter_at_threshold", round(s[3] / s[0]));
            m.put("whitespace_at_threshold", round(s[4] / s[0]));
            scripts.put(script, m);
        });
        out.put("by_script", scripts);
        BenchCommand.print(spec, out);
        return 0;
    }

    /** 5-word shingles of whitespace-separated, lower-cased chunks: the general tools' default. */
    static long[] spaceShingles(String text) {
        String[] tokens = text.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        List<String> t = Arrays.stream(tokens).filter(s -> !s.isEmpty()).toList();
        if (t.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, t.size() - 4);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = Hashing.xxh3_64().hashCharsToLong(String.join(" ", t.subList(i, Math.min(t.size(), i + 5))));
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
