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
import org.seacorpus.index.StoredDocuments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench evaluate}: compares a corpus's dedupe clusters with the generator's ground truth, with
 * pairwise precision, recall and F1 per script ({@link PairScorer}) under two definitions of a true pair:
 * <ul>
 *   <li>{@code at_threshold}: both documents are in one group of planted pairs whose exact shingle Jaccard
 *       similarity reaches the threshold (the definition dedupe implements; needs a truth written with
 *       {@code --jaccard});</li>
 *   <li>{@code planted_families}: both documents were planted from one base, whatever their similarity (a copy
 *       edited below the threshold counts as missed).</li>
 * </ul>
 * Also recall per kind of copy (found = in its base's cluster), split at the threshold, recall per band of the
 * copy's Jaccard similarity to its base, and how many hard negatives were merged with their base.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a deduplicated corpus against truth.jsonl; print precision/recall/F1 as JSON.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus home (its dedupe marks are scored).")
    Path corpus;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Instead of a corpus: a TSV of id<TAB>cluster from another tool (e.g. the baseline).")
    Path clustersFile;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "truth.jsonl of generate.")
    Path truthFile;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.65",
            description = "The threshold the corpus was deduplicated at (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--exclude-kind", paramLabel = "KIND",
            description = "Leave documents of this kind out of the score (repeatable), e.g. two-edits.")
    java.util.List<String> excluded = new java.util.ArrayList<>();

    /** Which generated documents the corpus holds (all, when scoring a clusters file). */
    private boolean[] present;
    /** Documents with a number past the truth's last (a truth written for a prefix); not scored. */
    private long outsideTruth;

    @Override
    public Integer call() throws IOException {
        GroundTruth truth = GroundTruth.read(truthFile);
        if ((corpus == null) == (clustersFile == null)) {
            throw new IllegalArgumentException("give either --corpus or --clusters");
        }
        present = new boolean[truth.size()];
        Arrays.fill(present, corpus == null); // a clusters file lists only clustered documents
        int[] cluster = corpus != null ? clusters(truth.size()) : clustersFromFile(truth.size());
        boolean[] skip = new boolean[truth.size()];
        for (int i = 0; i < skip.length; i++) {
            skip[i] = excluded.contains(truth.kinds[truth.kind[i]]) || !present[i];
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", truth.size() - countTrue(skip));
        // an import stopped early holds part of the generated corpus: the rest is left out of every score
        out.put("missing_from_corpus", truth.size() - countTrue(present));
        out.put("outside_truth", outsideTruth);
        out.put("threshold", threshold);
        out.put("excluded_kinds", excluded);
        if (truth.hasPairs()) {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("definition", "a true pair is joined, directly or through other planted documents, by planted "
                    + "pairs with exact 5-word-shingle Jaccard >= " + threshold);
            int[] groups = truth.components(threshold);
            at.putAll(PairScorer.score(groups, cluster, truth.script, truth.scripts, skip));
            at.put("false_pair_examples", FalsePairs.examples(truth, groups, cluster, skip, 10));
            out.put("at_threshold", at);
        } else {
            out.put("at_threshold", "not scored: truth.jsonl has no jaccard_to (generate with --jaccard)");
        }
        Map<String, Object> families = new LinkedHashMap<>();
        families.put("definition", "a true pair was planted from the same base, whatever its similarity");
        families.putAll(PairScorer.score(truth.family, cluster, truth.script, truth.scripts, skip));
        out.put("planted_families", families);
        out.put("by_kind", byKind(truth, cluster, skip));
        out.put("recall_by_jaccard", byJaccard(truth, cluster, skip));
        BenchCommand.print(spec, out);
        return 0;
    }

    /** Cluster number of each generated document (-1: none), read from {@code id<TAB>cluster} lines. */
    private int[] clustersFromFile(int size) throws IOException {
        int[] out = new int[size];
        Arrays.fill(out, -1);
        Map<String, Integer> names = new HashMap<>();
        try (var lines = java.nio.file.Files.lines(clustersFile, java.nio.charset.StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                int tab = l.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException("line without a tab in " + clustersFile + ": " + l);
                }
                int i = GroundTruth.index(l.substring(0, tab));
                if (i >= size) {
                    outsideTruth++;
                    return;
                }
                out[i] = names.computeIfAbsent(l.substring(tab + 1), n -> names.size());
            });
        }
        return out;
    }

    /** Cluster number of each generated document (-1: none), read from the index. */
    private int[] clusters(int size) throws IOException {
        int[] out = new int[size];
        Arrays.fill(out, -1);
        Map<String, Integer> names = new HashMap<>();
        try (var dir = FSDirectory.open(corpus.resolve("index")); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            Set<String> wanted = Set.of(Fields.PART);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var d = stored.document(doc, wanted);
                String part = d.get(Fields.PART);
                var marks = StoredDocuments.marks(reader, doc);
                String name = marks.duplicate() == null ? null : marks.duplicate().cluster();
                if (part != null && part.startsWith("id=g")) {
                    int i = GroundTruth.index(part.substring(3));
                    if (i >= size) {
                        outsideTruth++; // the truth covers a prefix of the generated corpus
                        continue;
                    }
                    present[i] = true;
                    if (name != null) {
                        out[i] = names.computeIfAbsent(name, n -> names.size());
                    }
                }
            }
        }
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
    private Map<String, Object> byJaccard(GroundTruth t, int[] cluster, boolean[] skip) {
        double[] edges = java.util.stream.DoubleStream.of(0, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 1.0001, threshold)
                .filter(e -> e >= 0 && e <= 1.0001).sorted().distinct().toArray();
        long[][] counts = new long[edges.length - 1][2];
        for (int i = 0; i < t.size(); i++) {
            String kind = t.kinds[t.kind[i]];
            if (skip[i] || skip[t.base[i]] || Double.isNaN(t.jaccard[i]) || kind.equals("base")
                    || kind.equals("hard-negative")) {
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
                        Map.of("documents", counts[b][0],
                                "recall", PairScorer.round((double) counts[b][1] / counts[b][0])));
            }
        }
        return out;
    }

    /**
     * Per kind: how many copies are in their base's cluster, overall and split by whether their exact Jaccard
     * similarity to the base reaches the threshold; for hard negatives, how many were merged with their base.
     */
    private Map<String, Object> byKind(GroundTruth t, int[] cluster, boolean[] skip) {
        Map<String, long[]> found = new TreeMap<>(); // all, found, at or above, found at or above
        Map<String, double[]> jaccard = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            String kind = t.kinds[t.kind[i]];
            if (kind.equals("base") || skip[i] || skip[t.base[i]]) {
                continue;
            }
            long[] f = found.computeIfAbsent(kind, k -> new long[4]);
            boolean inBase = cluster[i] >= 0 && cluster[i] == cluster[t.base[i]];
            boolean above = !Double.isNaN(t.jaccard[i]) && t.jaccard[i] >= threshold;
            f[0]++;
            f[1] += inBase ? 1 : 0;
            f[2] += above ? 1 : 0;
            f[3] += above && inBase ? 1 : 0;
            if (!Double.isNaN(t.jaccard[i])) {
                double[] j = jaccard.computeIfAbsent(kind, k -> new double[] {0, 0, 1});
                j[0]++;
                j[1] += t.jaccard[i];
                j[2] = Math.min(j[2], t.jaccard[i]);
            }
        }
        Map<String, Object> out = new TreeMap<>();
        found.forEach((kind, f) -> {
            Map<String, Object> k = new LinkedHashMap<>();
            boolean negative = kind.equals("hard-negative");
            k.put("documents", f[0]);
            k.put(negative ? "merged_with_base" : "in_base_cluster", f[1]);
            k.put(negative ? "merge_rate" : "recall", PairScorer.round((double) f[1] / f[0]));
            double[] j = jaccard.get(kind);
            if (j != null) {
                k.put("mean_jaccard", PairScorer.round(j[1] / j[0]));
                k.put("min_jaccard", PairScorer.round(j[2]));
                k.put("at_or_above_threshold", f[2]);
                k.put("recall_at_or_above_threshold",
                        f[2] == 0 ? null : PairScorer.round((double) f[3] / f[2]));
                k.put("below_threshold", f[0] - f[2]);
                k.put("in_base_cluster_below_threshold", f[1] - f[3]);
            }
            out.put(kind, k);
        });
        return out;
    }

}
