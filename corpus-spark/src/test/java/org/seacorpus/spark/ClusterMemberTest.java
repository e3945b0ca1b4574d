package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.seacorpus.dedupe.KeepPolicy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A cluster's marks: the member the keep policy prefers is kept whatever order the members arrive in, the cluster
 * is exact only when every member with a loose key has the same one, and each member says whether it is an exact
 * copy of the kept one.
 */
class ClusterMemberTest {
    private static final String ROOT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @Test
    void sameLooseKeyMakesAnExactClusterAndTheFirstImportIsKept() {
        List<ClusterMember> cluster = List.of(
                member("7f00000000000000000000000000000a", 2, "k1"),
                member(ROOT, 5, "k1"),
                member("3c00000000000000000000000000000b", 1, "k1"));
        List<Row> marks = ClusterMember.marks(ROOT, cluster, KeepPolicy.FIRST);
        assertThat(marks).hasSize(3).allSatisfy(r -> {
            assertThat(r.getString(1)).isEqualTo("exact-0a1b2c3d4e5f6071");
            assertThat(r.getInt(2)).isEqualTo(3);
            assertThat(r.getString(3)).isEqualTo("3c00000000000000000000000000000b");
            assertThat(r.getBoolean(4)).isTrue();
        });
    }

    @Test
    void differentKeysMakeANearClusterAndMissingKeysNeitherCountNorCompare() {
        List<ClusterMember> cluster = List.of(member(ROOT, 1, "k1"),
                member("5d00000000000000000000000000000c", 2, "k2"),
                member("6e00000000000000000000000000000d", 3, null));
        List<Row> marks = ClusterMember.marks(ROOT, cluster, KeepPolicy.FIRST);
        assertThat(marks).extracting(r -> r.getString(1)).containsOnly("near-0a1b2c3d4e5f6071");
        assertThat(marks).extracting(r -> r.get(4)).containsExactly(true, false, null);

        // one key among members that have none is still one key: an exact cluster, as count(distinct) counts it
        List<Row> oneKey = ClusterMember.marks(ROOT, List.of(member(ROOT, 1, null),
                member("5d00000000000000000000000000000c", 2, "k2")), KeepPolicy.FIRST);
        assertThat(oneKey).extracting(r -> r.getString(1)).containsOnly("exact-0a1b2c3d4e5f6071");
        assertThat(oneKey).extracting(r -> r.get(4)).containsExactly(null, null);
        // no keys at all: near
        assertThat(ClusterMember.marks(ROOT, List.of(member(ROOT, 1, null),
                member("5d00000000000000000000000000000c", 2, null)), KeepPolicy.FIRST))
                .extracting(r -> r.getString(1)).containsOnly("near-0a1b2c3d4e5f6071");
    }

    @Property(tries = 200)
    void theMarksDoNotDependOnTheOrderOfTheMembers(@ForAll @IntRange(min = 2, max = 30) int size,
                                                   @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<ClusterMember> cluster = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cluster.add(new ClusterMember(String.format("%016x%016x", random.nextLong(), random.nextLong()),
                    random.nextInt(5) == 0, 1_765_000_000_000L + random.nextInt(3), random.nextInt(4),
                    random.nextInt(3), random.nextInt(3) / 2.0, random.nextInt(4) == 0 ? null : "k" + random.nextInt(2)));
        }
        for (KeepPolicy keep : KeepPolicy.values()) {
            List<ClusterMember> shuffled = new ArrayList<>(cluster);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(sorted(ClusterMember.marks(ROOT, shuffled, keep)))
                    .isEqualTo(sorted(ClusterMember.marks(ROOT, cluster, keep)));
            ClusterMember kept = cluster.stream().reduce((a, b) -> ClusterMember.better(a, b, keep)).orElseThrow();
            assertThat(ClusterMember.marks(ROOT, shuffled, keep)).extracting(r -> r.getString(3))
                    .containsOnly(kept.id());
        }
    }

    private static List<String> sorted(List<Row> rows) {
        return rows.stream().map(Row::toString).sorted().toList();
    }

    private static ClusterMember member(String id, long sequence, String loose) {
        return new ClusterMember(id, false, 1_765_000_000_000L, sequence, 100, 0.9, loose);
    }
}
