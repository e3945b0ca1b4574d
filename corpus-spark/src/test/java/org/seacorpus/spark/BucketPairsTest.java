package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.seacorpus.dedupe.NearDuplicateRule;
import org.seacorpus.document.DocumentId;

import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The primitive path of the near-duplicate candidates (band entries to buckets to pairs, without Spark): the same
 * pairs as the rule of the CLI applied to each bucket's ids sorted as strings, whatever the partitioning.
 */
class BucketPairsTest {
    @Test
    void idsAsTwoLongsKeepTheirValueAndOrder() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add(DocumentId.of("ข่าว/ฉบับ-" + random.nextInt(1_000_000) + ".txt", "line " + i));
        }
        ids.add("ffffffffffffffff0000000000000000");
        ids.add("7fffffffffffffff8000000000000000");
        for (String a : ids) {
            assertThat(IdBits.id(IdBits.hi(a), IdBits.lo(a))).isEqualTo(a);
        }
        for (int i = 0; i + 1 < ids.size(); i++) {
            String a = ids.get(i);
            String b = ids.get(i + 1);
            assertThat(Integer.signum(IdBits.compare(IdBits.hi(a), IdBits.lo(a), IdBits.hi(b), IdBits.lo(b))))
                    .isEqualTo(Integer.signum(a.compareTo(b)));
        }
        assertThatThrownBy(() -> IdBits.hi("ABCDEF0123456789abcdef0123456789")).hasMessageContaining("not a document id");
        assertThatThrownBy(() -> IdBits.hi("abc")).hasMessageContaining("prepare output");
    }

    @Test
    void bucketsGiveTheCliPairsCappedInIdOrder() {
        // 40 Khmer pages share band 0 (a bucket where the cap of 32 earlier members binds); two of them also share
        // band 1 with the very same key value, which is another bucket; a third group shares band 2; the rest differ
        List<Row> rows = new ArrayList<>();
        Map<String, long[]> bands = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            String id = DocumentId.of("km/ទំព័រ-" + i + ".html", null);
            long[] keys = {random.nextLong(), random.nextLong(), random.nextLong()};
            if (i < 40) {
                keys[0] = 42L;
            }
            if (i == 3 || i == 17) {
                keys[1] = 42L;
            }
            if (i >= 50 && i < 55) {
                keys[2] = -5L;
            }
            bands.put(id, keys);
            rows.add(row(id, keys));
        }
        Set<String> expected = new TreeSet<>();
        long expectedBuckets = 0;
        long emitted = 0;
        for (int band = 0; band < 3; band++) {
            Map<Long, TreeSet<String>> buckets = new HashMap<>();
            for (var e : bands.entrySet()) {
                buckets.computeIfAbsent(e.getValue()[band], k -> new TreeSet<>()).add(e.getKey());
            }
            for (TreeSet<String> bucket : buckets.values()) {
                List<String> ids = new ArrayList<>(bucket);
                if (ids.size() >= 2) {
                    expectedBuckets++;
                }
                for (int i = 1; i < ids.size(); i++) {
                    for (int j = 0; j < Math.min(i, NearDuplicateRule.MAX_COMPARISONS); j++) {
                        expected.add(ids.get(j) + " " + ids.get(i));
                        emitted++;
                    }
                }
            }
        }
        assertThat(expectedBuckets).isEqualTo(3);
        // band 0: 1 + 2 + ... + 32 + 7 × 32; band 1 repeats a pair of band 0 (dropped later, by PairSignatures)
        assertThat(emitted).isEqualTo(752 + 1 + 10);
        assertThat(expected).hasSize(752 + 10);

        for (int bucketParts : new int[] {1, 3, 8}) {
            Map<Integer, List<Tuple2<Integer, byte[]>>> byPartition = shuffle(Chunks.encode(rows.iterator(),
                    bucketParts, (r, sink) -> BucketPairs.encode(r, sink, bucketParts)));
            long buckets = 0;
            List<String> pairs = new ArrayList<>();
            for (List<Tuple2<Integer, byte[]>> in : byPartition.values()) {
                Iterator<Tuple2<Integer, byte[]>> out = BucketPairs.pairs(in.iterator(), 2);
                while (out.hasNext()) {
                    Tuple2<Integer, byte[]> chunk = out.next();
                    buckets += Chunks.countOf(chunk);
                    if (chunk._1() != Chunks.COUNT) {
                        ByteBuffer b = ByteBuffer.wrap(chunk._2());
                        while (b.hasRemaining()) {
                            long aHi = b.getLong();
                            long aLo = b.getLong();
                            pairs.add(IdBits.id(aHi, aLo) + " " + IdBits.id(b.getLong(), b.getLong()));
                            assertThat(IdBits.partition(aHi, aLo, 2)).isEqualTo(chunk._1());
                        }
                    }
                }
            }
            assertThat(buckets).isEqualTo(expectedBuckets);
            assertThat(pairs).hasSize((int) emitted);
            assertThat(new TreeSet<>(pairs)).isEqualTo(expected);
        }
    }

    @Test
    void sortByKeyGroupsEqualKeysKeepingTheirOrder() {
        Random random = new Random(3);
        int n = 10_000;
        long[] keys = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(50) * 0x0123456789ABCDEFL;
            idx[i] = i;
        }
        long[] original = keys.clone();
        Chunks.sortByKey(keys, idx, n);
        for (int i = 0; i < n; i++) {
            assertThat(keys[i]).isEqualTo(original[idx[i]]);
            if (i > 0 && keys[i] == keys[i - 1]) {
                assertThat(idx[i]).isGreaterThan(idx[i - 1]);
            }
        }
        assertThat(java.util.Arrays.stream(keys).distinct().count()).isEqualTo(
                java.util.Arrays.stream(original).distinct().count());
        for (int i = 2; i < n; i++) {
            // equal keys form one run: a key seen before the previous run never comes back
            if (keys[i] != keys[i - 1]) {
                for (int j = 0; j < i - 1; j++) {
                    assertThat(keys[j]).isNotEqualTo(keys[i]);
                }
            }
        }
    }

    private static Row row(String id, long[] keys) {
        List<Object> list = new ArrayList<>();
        for (long k : keys) {
            list.add(k);
        }
        return RowFactory.create(id, CollectionConverters.asScala(list).toSeq());
    }

    private static Map<Integer, List<Tuple2<Integer, byte[]>>> shuffle(Iterator<Tuple2<Integer, byte[]>> chunks) {
        Map<Integer, List<Tuple2<Integer, byte[]>>> out = new HashMap<>();
        chunks.forEachRemaining(c -> out.computeIfAbsent(c._1(), k -> new ArrayList<>()).add(c));
        return out;
    }
}
