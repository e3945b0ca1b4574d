package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of a graph whose edges are pairs of document ids, by alternating large-star and
 * small-star rounds (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and
 * Beyond", SoCC 2014): O(log² n) rounds of joins and aggregations, no vertex ever holding its whole component, so
 * a template page copied a million times is no harder than a pair. Each component ends as a star around its
 * smallest id, which names it.
 *
 * <p>A graph of at most {@link #LOCAL_EDGES} distinct edges (every corpus of a few million documents: a 10,000-document
 * corpus with a third of duplicates has about 8,000) is solved on the driver by a union-find instead: the answer is
 * the same (components are unique), and the rounds, each half a dozen shuffles and a checkpoint, are Spark's fixed
 * cost that dominated the dedupe of small and middle-sized corpora (docs/spark.md, "Where the time goes").
 */
final class ConnectedComponents {
    /** Rounds before giving up: the paper's bound is far below this for any corpus that fits on Earth. */
    static final int MAX_ROUNDS = 64;

    /** Distinct edges up to which the driver solves the graph (about 100 MB of driver heap at the limit). */
    static final int LOCAL_EDGES = 500_000;
    private static final StructType MEMBERS = new StructType().add("id", DataTypes.StringType)
            .add("root", DataTypes.StringType);

    /**
     * The result: components, and the number of distributed rounds it took (0: solved on the driver).
     */
    record Result(Dataset<Row> members, int rounds) {
    }

    private ConnectedComponents() {
    }

    /**
     * Each round's edges are checkpointed (written to the Spark context's checkpoint folder, which the caller
     * sets): that cuts the query plan, which would otherwise double with every round (both stars read the edges
     * twice), and a lost executor costs one round, not the whole computation.
     *
     * @param edges columns {@code a}, {@code b}: two ids (order and repeats do not matter)
     * @return columns {@code id}, {@code root}: every id that is in an edge, with the smallest id of its component
     */
    static Result of(Dataset<Row> edges) {
        return of(edges, LOCAL_EDGES);
    }

    /** As {@link #of(Dataset)}, solving on the driver up to {@code localEdges} distinct edges (0: never). */
    static Result of(Dataset<Row> edges, int localEdges) {
        Dataset<Row> distinct = edges.where(col("a").notEqual(col("b")))
                .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
                .distinct();
        if (localEdges > 0) {
            List<Row> few = distinct.limit(localEdges + 1).collectAsList();
            if (few.size() <= localEdges) {
                return new Result(local(edges.sparkSession(), few), 0);
            }
        }
        Dataset<Row> current = distinct.checkpoint(true);
        int rounds = 0;
        while (true) {
            rounds++;
            if (rounds > MAX_ROUNDS) {
                throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
            }
            Dataset<Row> next = smallStar(largeStar(current)).checkpoint(true);
            long differing = next.except(current).count() + current.except(next).count();
            current = next;
            if (differing == 0) {
                break;
            }
        }
        // a star: every edge is (member, smallest id of the component)
        Dataset<Row> members = current.select(col("u").as("id"), col("v").as("root"))
                .union(current.select(col("v").as("id"), col("v").as("root"))).distinct();
        return new Result(members, rounds);
    }

    /** Union-find (path halving, the smaller id as root) over edges {@code (u, v)}; members as a dataset. */
    private static Dataset<Row> local(SparkSession spark, List<Row> edges) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[][] pairs = new int[edges.size()][];
        for (int i = 0; i < edges.size(); i++) {
            Row e = edges.get(i);
            pairs[i] = new int[] {vertex(e.getString(0), index, ids), vertex(e.getString(1), index, ids)};
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] p : pairs) {
            int a = find(parent, p[0]);
            int b = find(parent, p[1]);
            if (a != b) {
                if (ids.get(a).compareTo(ids.get(b)) < 0) {
                    parent[b] = a;
                } else {
                    parent[a] = b;
                }
            }
        }
        List<Row> members = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            members.add(RowFactory.create(ids.get(i), ids.get(find(parent, i))));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(jsc.defaultParallelism(), members.size() / 50_000 + 1));
        return spark.createDataFrame(jsc.parallelize(members, slices), MEMBERS);
    }

    private static int vertex(String id, Map<String, Integer> index, List<String> ids) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        index.put(id, ids.size());
        ids.add(id);
        return ids.size() - 1;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** Every vertex links its larger neighbours to the smallest of itself and its neighbours. */
    private static Dataset<Row> largeStar(Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("u"), col("v")).union(edges.select(col("v").as("u"), col("u").as("v")));
        Dataset<Row> smallest = both.groupBy("u").agg(min("v").as("m"))
                .select(col("u"), least(col("u"), col("m")).as("m"));
        return both.join(smallest, "u").where(col("v").gt(col("u")))
                .select(col("v").as("u"), col("m").as("v")).distinct();
    }

    /** Every vertex links itself and its smaller neighbours to the smallest of them. */
    private static Dataset<Row> smallStar(Dataset<Row> edges) {
        Dataset<Row> down = edges.select(greatest(col("u"), col("v")).as("u"), least(col("u"), col("v")).as("v"))
                .where(col("u").notEqual(col("v"))).distinct();
        Dataset<Row> smallest = down.groupBy("u").agg(min("v").as("m"));
        Dataset<Row> neighbours = down.join(smallest, "u").where(col("v").notEqual(col("m")))
                .select(col("v").as("u"), col("m").as("v"));
        return neighbours.union(smallest.select(col("u"), col("m").as("v"))).distinct();
    }
}
