package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Large-star/small-star against a plain union-find, on graphs that are hard for label propagation. */
class ConnectedComponentsTest {
    private static final StructType EDGES = new StructType().add("a", DataTypes.StringType)
            .add("b", DataTypes.StringType);

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path checkpoints;

    @org.junit.jupiter.api.BeforeEach
    void checkpointFolder() {
        LocalSpark.get().sparkContext().setCheckpointDir(checkpoints.toString());
    }

    @Test
    void aLongChainAStarAndRandomEdgesGiveTheComponentsOfAUnionFind() {
        List<String[]> edges = new ArrayList<>();
        for (int i = 0; i < 200; i++) { // a chain in scrambled id order: diameter 200
            edges.add(new String[] {id(i * 7919 % 1000), id((i + 1) * 7919 % 1000)});
        }
        for (int i = 1; i < 60; i++) { // a star around a large id
            edges.add(new String[] {id(2999), id(2000 + i)});
        }
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 300; i++) { // sparse random edges: many small components and a few large ones
            edges.add(new String[] {id(4000 + random.nextInt(500)), id(4000 + random.nextInt(500))});
        }
        for (int i = 0; i < 300; i += 3) { // repeats, reversed: the driver counts them, the rounds make edges distinct
            edges.add(new String[] {edges.get(i)[1], edges.get(i)[0]});
        }
        edges.add(new String[] {id(5000), id(5000)}); // a self-loop is no component

        SparkSession spark = LocalSpark.get();
        List<Row> rows = edges.stream().map(e -> RowFactory.create(e[0], e[1])).toList();
        Dataset<Row> input = spark.createDataFrame(rows, EDGES);
        // distributed rounds (as a graph above the driver's limit is solved), then the driver's union-find
        ConnectedComponents.Result distributed = ConnectedComponents.of(input, 0);
        assertThat(members(distributed)).isEqualTo(expected(edges));
        assertThat(distributed.rounds()).isBetween(1, 19);
        ConnectedComponents.Result local = ConnectedComponents.of(input);
        assertThat(members(local)).isEqualTo(members(distributed)).doesNotContainKey(id(5000));
        assertThat(local.rounds()).isZero();
        // the limit counts repeats and self-loops: exactly the edges given still go to the driver
        assertThat(ConnectedComponents.of(input, edges.size()).rounds()).isZero();
        assertThat(ConnectedComponents.localEdges()).isGreaterThanOrEqualTo(ConnectedComponents.LOCAL_EDGES);
    }

    private static Map<String, String> members(ConnectedComponents.Result result) {
        Map<String, String> found = new TreeMap<>();
        for (Row r : result.members().collectAsList()) {
            assertThat(found.put(r.getString(0), r.getString(1))).as("one root per id").isNull();
        }
        return found;
    }

    @Test
    void noEdgesNoComponents() {
        Dataset<Row> none = LocalSpark.get().createDataFrame(List.of(), EDGES);
        assertThat(ConnectedComponents.of(none).members().count()).isZero();
        assertThat(ConnectedComponents.of(none, 0).members().count()).isZero();
    }

    /** Every id in an edge with the smallest id of its component, by union-find. */
    private static Map<String, String> expected(List<String[]> edges) {
        Map<String, String> parent = new HashMap<>();
        for (String[] e : edges) {
            if (e[0].equals(e[1])) {
                continue;
            }
            String a = find(parent, e[0]);
            String b = find(parent, e[1]);
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String id : parent.keySet()) {
            out.put(id, find(parent, id));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String p = parent.get(id);
        return p.equals(id) ? id : find(parent, p);
    }

    /**
     * An id whose first 64 bits have the top bit set for about half the numbers, so the driver's unsigned order of
     * packed ids must agree with the strings' order.
     */
    private static String id(int n) {
        return String.format("%016x%016x", IdBits.mix(n) * 0x9E3779B97F4A7C15L, (long) n);
    }
}
