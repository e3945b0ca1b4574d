package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Pair counting from group and cluster sizes agrees with listing the pairs. */
class PairScorerTest {
    private static final String[] SCRIPTS = {"Thai", "Latn", "Khmr"};

    @SuppressWarnings("unchecked")
    private static Map<String, Object> overall(Map<String, Object> score) {
        return (Map<String, Object>) score.get("overall");
    }

    @Test
    void aClusteringEqualToTheGroupsScoresOne() {
        int[] group = {0, 0, 0, 3, 4, 4};
        byte[] script = {0, 0, 0, 1, 2, 2};
        int[] cluster = {7, 7, 7, -1, 9, 9};
        Map<String, Object> o = overall(PairScorer.score(group, cluster, script, SCRIPTS, new boolean[6]));
        assertThat(o).containsEntry("precision", 1.0).containsEntry("recall", 1.0).containsEntry("f1", 1.0)
                .containsEntry("true_positive_pairs", 4L);
    }

    @Test
    void aMissedCopyAndAWrongMergeAreCountedOnTheirScript() {
        // Thai group {0,1,2} found as {0,1}; Latin singletons 3 and 4 wrongly merged
        int[] group = {0, 0, 0, 3, 4};
        byte[] script = {0, 0, 0, 1, 1};
        int[] cluster = {1, 1, -1, 2, 2};
        Map<String, Object> score = PairScorer.score(group, cluster, script, SCRIPTS, new boolean[5]);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byScript = (Map<String, Map<String, Object>>) score.get("by_script");
        assertThat(byScript.get("Thai")).containsEntry("true_positive_pairs", 1L)
                .containsEntry("false_negative_pairs", 2L).containsEntry("precision", 1.0);
        assertThat(byScript.get("Latn")).containsEntry("false_positive_pairs", 1L).containsEntry("precision", 0.0);
    }

    @Test
    void skippedDocumentsAndEmptyInputCountNothing() {
        Map<String, Object> empty = overall(PairScorer.score(new int[0], new int[0], new byte[0], SCRIPTS,
                new boolean[0]));
        assertThat(empty).containsEntry("true_positive_pairs", 0L).containsEntry("f1", 1.0);
        int[] group = {0, 0, 0};
        int[] cluster = {1, 1, -1};
        Map<String, Object> o = overall(PairScorer.score(group, cluster, new byte[3], SCRIPTS,
                new boolean[] {false, false, true}));
        assertThat(o).containsEntry("recall", 1.0).containsEntry("false_negative_pairs", 0L);
    }

    @Property(tries = 200)
    void countsEqualThoseOfListingEveryPair(@ForAll @Size(max = 40) int[] rawGroups,
                                            @ForAll @IntRange(min = 1, max = 5) int clusterCount) {
        int n = rawGroups.length;
        int[] group = new int[n];
        int[] cluster = new int[n];
        byte[] script = new byte[n];
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            group[i] = Math.floorMod(rawGroups[i], 6);
            script[i] = (byte) (group[i] % SCRIPTS.length); // one script per group, as generated
            cluster[i] = Math.floorMod(rawGroups[i] * 31 + i, clusterCount + 1) - 1;
            skip[i] = Math.floorMod(rawGroups[i] + i, 7) == 0;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (skip[a] || skip[b]) {
                    continue;
                }
                boolean predicted = cluster[a] >= 0 && cluster[a] == cluster[b];
                boolean real = group[a] == group[b];
                tp += predicted && real ? 1 : 0;
                fp += predicted && !real ? 1 : 0;
                fn += !predicted && real ? 1 : 0;
            }
        }
        Map<String, Object> o = overall(PairScorer.score(group, cluster, script, SCRIPTS, skip));
        assertThat(o).containsEntry("true_positive_pairs", tp).containsEntry("false_positive_pairs", fp)
                .containsEntry("false_negative_pairs", fn);
    }
}
