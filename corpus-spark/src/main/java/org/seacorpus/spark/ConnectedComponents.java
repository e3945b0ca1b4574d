package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
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
 * <p>A graph that fits in a quarter of the driver's heap as packed ids ({@link #localEdges}: at least
 * {@value #LOCAL_EDGES} edges, about 3 million with a 3 GB driver; a million-document corpus has under a million)
 * is solved on the driver by a union-find on primitive arrays ({@link IdGraph}) instead: the answer is the same
 * (components are unique), and the rounds, each half a dozen shuffles and a checkpoint, cost 41 CPU s and 1.1 GB of
 * shuffle at a million documents (docs/spark.md, "session 7"). Larger graphs take the distributed rounds.
 */
final class ConnectedComponents {
    /** Rounds before giving up: the paper's bound is far below this for any corpus that fits on Earth. */
    static final int MAX_ROUNDS = 64;

    /** Edges up to which the driver always solves the graph (about 130 MB of driver heap at most). */
    static final long LOCAL_EDGES = 500_000;
    /**
     * Driver heap an edge may take, counted for the worst case: 32 bytes packed (twice while it is collected), two
     * new vertices of about 40 bytes each, and their 32-byte members (twice while they are sent out).
     */
    static final long EDGE_BYTES = 256;
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
        return of(edges, localEdges());
    }

    /**
     * Edges the driver solves: as many as a quarter of its heap holds at {@link #EDGE_BYTES} each, at least
     * {@link #LOCAL_EDGES}. Repeats and self-loops are counted (the union-find needs no distinct edges, so the
     * count is one cheap job over the edges, which the caller has cached).
     */
    static long localEdges() {
        return Math.max(LOCAL_EDGES, Runtime.getRuntime().maxMemory() / 4 / EDGE_BYTES);
    }

    /** As {@link #of(Dataset)}, solving on the driver up to {@code localEdges} edges, repeats counted (0: never). */
    static Result of(Dataset<Row> edges, long localEdges) {
        if (localEdges > 0 && edges.count() <= localEdges) {
            return new Result(local(edges.sparkSession(), IdGraph.of(IdGraph.collect(edges.select("a", "b")))), 0);
        }
        Dataset<Row> distinct = edges.where(col("a").notEqual(col("b")))
                .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
                .distinct();
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

    /** The members of a graph solved on the driver, sent out packed and turned into rows on the executors. */
    private static Dataset<Row> local(SparkSession spark, IdGraph graph) {
        List<long[]> members = graph.members();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(jsc.defaultParallelism(), members.size()));
        JavaRDD<Row> rows = jsc.parallelize(members, slices).flatMap(c -> {
            List<Row> out = new ArrayList<>(c.length / 4);
            for (int i = 0; i + 3 < c.length; i += 4) {
                out.add(RowFactory.create(IdBits.id(c[i], c[i + 1]), IdBits.id(c[i + 2], c[i + 3])));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, MEMBERS);
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
