package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.seacorpus.dedupe.NearDuplicateRule;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The shingle checks grouped by the pairs' components (on the driver, or on the executors beyond its limit) give
 * the verdicts of the SQL joins and of the core's rule applied to each pair directly.
 */
class ShingleChecksTest {
    private static final StructType DOCS = new StructType().add("id", DataTypes.StringType)
            .add(DocumentRows.SHINGLE_SET, DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    private static final StructType PAIRS = new StructType().add("a", DataTypes.StringType)
            .add("b", DataTypes.StringType);

    /** Documents (ids and shingle sets) and the pairs to check among them, each pair once. */
    private record Checks(List<String> ids, List<int[]> sets, List<String[]> pairs) {
        /**
         * {@code families} families of near copies of one text: each copy changes a few of its 200 shingles, so the
         * Jaccard of two copies falls on both sides of the threshold; the first family, of {@code large} copies,
         * forms one large component (a chain and a star); documents in no pair; pairs across families.
         */
        static Checks of(long seed, int families, int large) {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> ids = new ArrayList<>();
            List<int[]> sets = new ArrayList<>();
            List<String[]> pairs = new ArrayList<>();
            for (int family = 0; family < families; family++) {
                int[] base = random.ints(200, 0, Integer.MAX_VALUE).toArray();
                int copies = family == 0 ? large : 2 + random.nextInt(6);
                int first = ids.size();
                for (int c = 0; c < copies; c++) {
                    int[] set = base.clone();
                    for (int k = random.nextInt(25); k > 0; k--) {
                        set[random.nextInt(set.length)] = random.nextInt();
                    }
                    ids.add(String.format("%016x%016x", random.nextLong(), random.nextLong()));
                    sets.add(Arrays.stream(set).sorted().distinct().toArray());
                    if (c > 0) {
                        pairs.add(new String[] {ids.get(ids.size() - 2), ids.getLast()});
                        if (family == 0) {
                            pairs.add(new String[] {ids.get(first), ids.getLast()});
                        }
                    }
                }
            }
            int paired = ids.size();
            for (int i = 0; i < 50; i++) {
                ids.add(String.format("%016x%016x", random.nextLong(), random.nextLong()));
                sets.add(random.ints(150, 0, Integer.MAX_VALUE).sorted().distinct().toArray());
            }
            for (int i = 0; i < 30; i++) {
                pairs.add(new String[] {ids.get(random.nextInt(paired)), ids.get(random.nextInt(paired))});
            }
            pairs.removeIf(p -> p[0].equals(p[1]));
            java.util.Set<String> once = new java.util.HashSet<>(); // each pair once, as the dedupe hands them over
            pairs.removeIf(p -> !once.add(p[0] + p[1]) || !once.add(p[1] + p[0]));
            return new Checks(ids, sets, pairs);
        }

        Dataset<Row> docs(SparkSession spark) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(RowFactory.create(ids.get(i), Arrays.stream(sets.get(i)).boxed().toList()));
            }
            return spark.createDataFrame(rows, DOCS).repartition(3);
        }

        Dataset<Row> pairRows(SparkSession spark) {
            return spark.createDataFrame(pairs.stream().map(p -> RowFactory.create(p[0], p[1])).toList(), PAIRS)
                    .repartition(2);
        }

        /** The core's rule applied to each pair, as "a b verdict". */
        TreeSet<String> direct(NearDuplicateRule rule) {
            TreeSet<String> out = new TreeSet<>();
            for (String[] p : pairs) {
                boolean similar = rule.similarShingles(sets.get(ids.indexOf(p[0])), sets.get(ids.indexOf(p[1])));
                out.add(p[0] + " " + p[1] + " " + (similar ? NearPairs.SIMILAR : NearPairs.DIFFERENT));
            }
            return out;
        }
    }

    @Test
    void groupedByComponentJoinedAndDirectGiveTheSameVerdicts() throws java.io.IOException {
        Checks checks = Checks.of(18, 40, 120);
        SparkSession spark = LocalSpark.get();
        spark.sparkContext().setCheckpointDir(java.nio.file.Files.createTempDirectory("checks").toString());
        Dataset<Row> docs = checks.docs(spark);
        Dataset<Row> pairRows = checks.pairRows(spark);
        NearPairs judge = new NearPairs(CorpusSettings.DEFAULTS, 0.8, "borderline");
        TreeSet<String> direct = checks.direct(judge.rule());
        assertThat(direct.stream().filter(v -> v.endsWith(" " + NearPairs.SIMILAR)).count())
                .as("both verdicts occur").isBetween(10L, direct.size() - 10L);

        assertThat(verdicts(ShingleChecks.grouped(pairRows, docs, judge, 4))).isEqualTo(direct);
        assertThat(verdicts(ShingleChecks.grouped(pairRows, docs, judge, 1))).isEqualTo(direct);
        assertThat(verdicts(ShingleChecks.joined(pairRows, docs, judge))).isEqualTo(direct);
        // beyond the driver's limit: the components found by the distributed rounds (0 edges on the driver), or
        // on the driver when the graph fits there
        assertThat(verdicts(ShingleChecks.distributed(pairRows, docs, judge, 4, 0))).isEqualTo(direct);
        assertThat(verdicts(ShingleChecks.distributed(pairRows, docs, judge, 1, 1_000_000))).isEqualTo(direct);
    }

    /** The distributed checks give the grouped checks' verdicts whatever the families and the partitions. */
    @Property(tries = 4)
    void distributedChecksGiveTheVerdictsOfTheGroupedOnes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int parts)
            throws java.io.IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Checks checks = Checks.of(seed, 3 + random.nextInt(20), 2 + random.nextInt(60));
        SparkSession spark = LocalSpark.get();
        spark.sparkContext().setCheckpointDir(java.nio.file.Files.createTempDirectory("checks").toString());
        Dataset<Row> docs = checks.docs(spark);
        Dataset<Row> pairRows = checks.pairRows(spark);
        NearPairs judge = new NearPairs(CorpusSettings.DEFAULTS, 0.8, "borderline");
        TreeSet<String> grouped = verdicts(ShingleChecks.grouped(pairRows, docs, judge, parts));
        assertThat(grouped).isEqualTo(checks.direct(judge.rule()));
        assertThat(verdicts(ShingleChecks.distributed(pairRows, docs, judge, parts, 0))).isEqualTo(grouped);
    }

    @Test
    void placementPutsAComponentWholeOnOnePartitionAndSpreadsTheRest() {
        List<long[]> edges = new ArrayList<>();
        for (int i = 1; i < 100; i++) { // a star of 100
            edges.add(new long[] {1, 0, 1, i});
        }
        for (int i = 0; i < 300; i++) { // 300 pairs
            edges.add(new long[] {2, 2 * i, 2, 2 * i + 1});
        }
        IdGraph graph = IdGraph.of(edges);
        ShingleChecks.Placement placement = ShingleChecks.Placement.of(graph, 4);
        int[] load = new int[4];
        for (int v = 0; v < graph.vertices(); v++) {
            load[placement.part[v]]++;
            assertThat(placement.part[v]).isEqualTo(placement.part[graph.root(v)]);
        }
        // 700 documents: the star's 100 and 600 in pairs; greedy placement evens the partitions out
        assertThat(load).containsExactlyInAnyOrder(174, 174, 176, 176);
    }

    private static TreeSet<String> verdicts(Dataset<Row> checked) {
        TreeSet<String> out = new TreeSet<>();
        for (Row r : checked.collectAsList()) {
            assertThat(out.add(r.getString(0) + " " + r.getString(1) + " " + r.getInt(2))).as("each pair once").isTrue();
        }
        return out;
    }
}
