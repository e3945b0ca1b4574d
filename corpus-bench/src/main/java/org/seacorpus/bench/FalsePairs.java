package org.seacorpus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examples of false pairs: two documents a tool put in one cluster that the truth at the threshold keeps apart.
 * They show what kind of error a score's false positives are (a copy just below the threshold, or two families
 * merged).
 */
final class FalsePairs {
    private FalsePairs() {
    }

    /**
     * Up to {@code limit} predicted pairs that are not true at the threshold: both ids, their kinds, families, and
     * the exact Jaccard similarity of the pair when it was planted (NaN otherwise).
     */
    static List<Map<String, Object>> examples(GroundTruth t, int[] groups, int[] cluster, boolean[] skip,
                                              int limit) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            if (cluster[i] >= 0 && !skip[i]) {
                members.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            for (int a = 0; a < m.size() && out.size() < limit; a++) {
                for (int b = a + 1; b < m.size() && out.size() < limit; b++) {
                    int x = m.get(a);
                    int y = m.get(b);
                    if (groups[x] != groups[y]) {
                        Map<String, Object> pair = new LinkedHashMap<>();
                        pair.put("a", PlantedCorpusGenerator.id(x) + " " + t.kinds[t.kind[x]]);
                        pair.put("b", PlantedCorpusGenerator.id(y) + " " + t.kinds[t.kind[y]]);
                        pair.put("same_family", t.family[x] == t.family[y]);
                        pair.put("jaccard", t.pairJaccard(x, y));
                        out.add(pair);
                    }
                }
            }
        }
        return out;
    }
}
