package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.index.Fields;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench evaluate}: compares a corpus's dedupe clusters with the generator's ground truth. Pairwise
 * precision, recall and F1 per script (a pair is predicted when both documents share a cluster, true when they
 * share a family), recall per kind of copy (found = in its base's cluster), and how many hard negatives were
 * merged with their base.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a deduplicated corpus against truth.jsonl; print precision/recall/F1 as JSON.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpus;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "truth.jsonl of generate.")
    Path truthFile;

    @Option(names = "--exclude-kind", paramLabel = "KIND",
            description = "Leave documents of this kind out of the score (repeatable), e.g. two-edits.")
    java.util.List<String> excluded = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GroundTruth truth = GroundTruth.read(truthFile);
        int[] cluster = clusters(truth.size());
        boolean[] skip = new boolean[truth.size()];
        for (int i = 0; i < skip.length; i++) {
            skip[i] = excluded.contains(truth.kinds[truth.kind[i]]);
        }
        Map<String, Object> out = score(truth, cluster, skip);
        out.put("excluded_kinds", excluded);
        BenchCommand.print(spec, out);
        return 0;
    }

    /** Cluster number of each generated document (-1: none), read from the index. */
    private int[] clusters(int size) throws IOException {
        int[] out = new int[size];
        Arrays.fill(out, -1);
        Map<String, Integer> names = new HashMap<>();
        try (var dir = FSDirectory.open(corpus.resolve("index")); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            Set<String> wanted = Set.of(Fields.PART, Fields.CLUSTER);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var d = stored.document(doc, wanted);
                String part = d.get(Fields.PART);
                String name = d.get(Fields.CLUSTER);
                if (part != null && part.startsWith("id=g") && name != null) {
                    out[GroundTruth.index(part.substring(3))] = names.computeIfAbsent(name, n -> names.size());
                }
            }
        }
        return out;
    }

    static Map<String, Object> score(GroundTruth t, int[] cluster, boolean[] skip) {
        int n = t.size();
        // pairs per script: [tp, fp, fn]
        Map<String, long[]> byScript = new TreeMap<>();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // true pairs: family sizes
        Map<Integer, int[]> familySize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            int script = t.script[i];
            familySize.computeIfAbsent(t.family[i], f -> new int[] {0, script})[0]++;
        }
        familySize.values().forEach(f -> byScript.computeIfAbsent(t.scripts[f[1]], s -> new long[3])[2]
                += pairs(f[0]));
        // predicted pairs, grouped by cluster then script then family
        // skipped documents sort first with the unclustered ones and are never counted
        Arrays.sort(order, (a, b) -> Integer.compare(skip[a] ? -1 : cluster[a], skip[b] ? -1 : cluster[b]));
        int start = 0;
        while (start < n) {
            int end = start;
            int current = skip[order[start]] ? -1 : cluster[order[start]];
            while (end < n && (skip[order[end]] ? -1 : cluster[order[end]]) == current) {
                end++;
            }
            if (current >= 0) {
                Map<Integer, Integer> perScript = new HashMap<>();
                Map<Long, Integer> perFamily = new HashMap<>();
                for (int k = start; k < end; k++) {
                    int i = order[k];
                    perScript.merge((int) t.script[i], 1, Integer::sum);
                    perFamily.merge(((long) t.family[i] << 8) | t.script[i], 1, Integer::sum);
                }
                long sameScript = 0;
                for (Map.Entry<Integer, Integer> e : perScript.entrySet()) {
                    byScript.computeIfAbsent(t.scripts[e.getKey()], x -> new long[3])[1] += pairs(e.getValue());
                    sameScript += pairs(e.getValue());
                }
                if (pairs(end - start) > sameScript) { // members of different scripts in one cluster
                    byScript.computeIfAbsent("mixed", x -> new long[3])[1] += pairs(end - start) - sameScript;
                }
                perFamily.forEach((key, c) -> {
                    long[] counts = byScript.get(t.scripts[(int) (key & 0xff)]);
                    counts[0] += pairs(c);
                    counts[1] -= pairs(c);
                    counts[2] -= pairs(c);
                });
            }
            start = end;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        long[] all = new long[3];
        Map<String, Object> scripts = new TreeMap<>();
        byScript.forEach((s, c) -> {
            scripts.put(s, prf(c));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        });
        out.put("documents", n - countTrue(skip));
        out.put("overall", prf(all));
        out.put("by_script", scripts);
        out.put("by_kind", byKind(t, cluster));
        out.put("recall_by_jaccard", byJaccard(t, cluster, skip));
        return out;
    }

    private static int countTrue(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }

    /** Near-duplicate recall (in the base's cluster) by the exact Jaccard similarity to the base, in bands. */
    private static Map<String, Object> byJaccard(GroundTruth t, int[] cluster, boolean[] skip) {
        double[] edges = {0, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 1.0001};
        long[][] counts = new long[edges.length - 1][2];
        for (int i = 0; i < t.size(); i++) {
            String kind = t.kinds[t.kind[i]];
            if (skip[i] || Float.isNaN(t.jaccard[i]) || kind.equals("base") || kind.equals("hard-negative")) {
                continue;
            }
            for (int b = 0; b < counts.length; b++) {
                if (t.jaccard[i] >= edges[b] && t.jaccard[i] < edges[b + 1]) {
                    counts[b][0]++;
                    counts[b][1] += cluster[i] >= 0 && cluster[i] == cluster[t.base[i]] ? 1 : 0;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int b = 0; b < counts.length; b++) {
            if (counts[b][0] > 0) {
                out.put(String.format(java.util.Locale.ROOT, "%.2f-%.2f", edges[b], Math.min(1, edges[b + 1])),
                        Map.of("documents", counts[b][0], "recall", round((double) counts[b][1] / counts[b][0])));
            }
        }
        return out;
    }

    private static Map<String, Object> byKind(GroundTruth t, int[] cluster) {
        Map<String, long[]> found = new TreeMap<>();
        Map<String, double[]> jaccard = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            String kind = t.kinds[t.kind[i]];
            if (kind.equals("base")) {
                continue;
            }
            long[] f = found.computeIfAbsent(kind, k -> new long[2]);
            f[0]++;
            if (cluster[i] >= 0 && cluster[i] == cluster[t.base[i]]) {
                f[1]++;
            }
            if (!Float.isNaN(t.jaccard[i])) {
                double[] j = jaccard.computeIfAbsent(kind, k -> new double[] {0, 0, 1});
                j[0]++;
                j[1] += t.jaccard[i];
                j[2] = Math.min(j[2], t.jaccard[i]);
            }
        }
        Map<String, Object> out = new TreeMap<>();
        found.forEach((kind, f) -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("documents", f[0]);
            k.put(kind.equals("hard-negative") ? "merged_with_base" : "in_base_cluster", f[1]);
            k.put(kind.equals("hard-negative") ? "merge_rate" : "recall", round((double) f[1] / f[0]));
            double[] j = jaccard.get(kind);
            if (j != null) {
                k.put("mean_jaccard", round(j[1] / j[0]));
                k.put("min_jaccard", round(j[2]));
            }
            out.put(kind, k);
        });
        return out;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static Map<String, Object> prf(long[] c) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("precision", round(p));
        out.put("recall", round(r));
        out.put("f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
        out.put("true_positive_pairs", c[0]);
        out.put("false_positive_pairs", c[1]);
        out.put("false_negative_pairs", c[2]);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
