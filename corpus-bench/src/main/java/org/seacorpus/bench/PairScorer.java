package org.seacorpus.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairwise precision, recall and F1 of a clustering against true groups, per script: a pair of documents is
 * predicted when both are in one cluster and true when both are in one group (the usual pair-counting measure
 * for duplicate clusters, e.g. Manning, Raghavan and Schütze, "Introduction to Information Retrieval", §16.3).
 * Counts come from group and cluster sizes, never from listing pairs, so a million documents cost a sort.
 */
final class PairScorer {
    private PairScorer() {
    }

    /**
     * Scores {@code cluster} (a cluster number per document, -1 for none) against {@code group} (a group number
     * per document; documents alone in their group have no true pair). Documents with {@code skip} set are left
     * out entirely. Returns {@code overall} and {@code by_script}.
     */
    static Map<String, Object> score(int[] group, int[] cluster, byte[] script, String[] scripts, boolean[] skip) {
        int n = group.length;
        Map<String, long[]> byScript = new TreeMap<>(); // [true positive, false positive, false negative] pairs
        Map<Integer, int[]> groupSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!skip[i]) {
                int s = script[i];
                groupSize.computeIfAbsent(group[i], g -> new int[] {0, s})[0]++;
            }
        }
        groupSize.values().forEach(g -> counts(byScript, scripts[g[1]])[2] += pairs(g[0]));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // skipped documents sort first with the unclustered ones and are never counted
        Arrays.sort(order, (a, b) -> Integer.compare(key(a, cluster, skip), key(b, cluster, skip)));
        int start = 0;
        while (start < n) {
            int current = key(order[start], cluster, skip);
            int end = start;
            while (end < n && key(order[end], cluster, skip) == current) {
                end++;
            }
            if (current >= 0) {
                cluster(order, start, end, group, script, scripts, byScript);
            }
            start = end;
        }
        long[] all = new long[3];
        Map<String, Object> perScript = new TreeMap<>();
        byScript.forEach((s, c) -> {
            perScript.put(s, prf(c));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("overall", prf(all));
        out.put("by_script", perScript);
        return out;
    }

    /** Adds one predicted cluster's pairs: all are predicted, those inside one true group are true positives. */
    private static void cluster(Integer[] order, int start, int end, int[] group, byte[] script, String[] scripts,
                                Map<String, long[]> byScript) {
        Map<Integer, Integer> perScript = new HashMap<>();
        Map<Long, Integer> perGroup = new HashMap<>();
        for (int k = start; k < end; k++) {
            int i = order[k];
            perScript.merge((int) script[i], 1, Integer::sum);
            perGroup.merge(((long) group[i] << 8) | script[i], 1, Integer::sum);
        }
        long sameScript = 0;
        for (Map.Entry<Integer, Integer> e : perScript.entrySet()) {
            counts(byScript, scripts[e.getKey()])[1] += pairs(e.getValue());
            sameScript += pairs(e.getValue());
        }
        if (pairs(end - start) > sameScript) { // members of different scripts in one cluster
            counts(byScript, "mixed")[1] += pairs(end - start) - sameScript;
        }
        perGroup.forEach((key, size) -> {
            long[] c = counts(byScript, scripts[(int) (key & 0xff)]);
            c[0] += pairs(size);
            c[1] -= pairs(size);
            c[2] -= pairs(size);
        });
    }

    private static int key(int i, int[] cluster, boolean[] skip) {
        return skip[i] ? -1 : cluster[i];
    }

    private static long[] counts(Map<String, long[]> byScript, String script) {
        return byScript.computeIfAbsent(script, s -> new long[3]);
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    static Map<String, Object> prf(long[] c) {
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

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
