package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of a graph whose edges are pairs of document ids, by alternating large-star and
 * small-star rounds (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and
 * Beyond", SoCC 2014): O(log² n) rounds of joins and aggregations, no vertex ever holding its whole component, so
 * a template page copied a million times is no harder than a pair. Each component ends as a star around its
 * smallest id, which names it.
 */
final class ConnectedComponents {
    /** Rounds before giving up: the paper's bound is far below this for any corpus that fits on Earth. */
    static final int MAX_ROUNDS = 64;

    /** The result: components and the number of rounds it took. */
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
        Dataset<Row> current = edges.where(col("a").notEqual(col("b")))
                .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
                .distinct().checkpoint(true);
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
