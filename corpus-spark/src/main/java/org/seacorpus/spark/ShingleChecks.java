package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.seacorpus.dedupe.NearDuplicateRule;

import scala.Tuple2;

/**
 * The exact check of the candidate pairs the signatures leave open: the Jaccard similarity of the two documents'
 * shingle sets (the {@code shingle_set} column prepare stored), by the core's {@link NearDuplicateRule}, so the
 * verdicts are the CLI's whichever way the sets meet.
 * <ul>
 *   <li>{@link #grouped}: the pairs (32 bytes each) are collected on the driver and grouped into the connected
 *       components they form ({@link IdGraph}); each component goes whole to one partition, so every document's set
 *       is read once and shuffled once, to the one partition where all its pairs are, and nothing else moves.</li>
 *   <li>{@link #distributed}: the same grouping for more pairs than the driver holds, the components found by
 *       {@link ConnectedComponents} on the executors and each placed by a hash of its smallest id.</li>
 *   <li>{@link #joined}: the pairs joined twice with the sets by SQL (each set shuffled once for each side it is
 *       on, and a set shuffled again with every pair it is the first of): the plain form, which the tests compare
 *       the others with (the dedupe used it beyond the driver's limit before {@link #distributed}).</li>
 * </ul>
 * At a million generated documents (345,401 pairs to check) the joins shuffled about 600 MB; grouping sends each
 * checked document's set once.
 */
final class ShingleChecks {
    /** Pairs the driver always groups. */
    static final long LOCAL_PAIRS = 500_000;
    /**
     * Driver heap a pair may take, counted for the worst case: 32 bytes packed (twice while collected and again
     * when sent out by partition), and two new vertices of about 40 bytes with their partition.
     */
    static final long PAIR_BYTES = 192;
    /** Checked documents' sets one partition holds at most, about (sets of generated documents: about 0.8 KB). */
    static final long SET_DOCUMENTS = 50_000;
    static final StructType VERDICTS = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType)
            .add("verdict", DataTypes.IntegerType);

    private ShingleChecks() {
    }

    /** Pairs {@link #grouped} takes: as many as a quarter of the driver's heap holds, at least {@link #LOCAL_PAIRS}. */
    static long localPairs() {
        return Math.max(LOCAL_PAIRS, Runtime.getRuntime().maxMemory() / 4 / PAIR_BYTES);
    }

    /**
     * The pairs' verdicts ({@code a, b, verdict}: {@link NearPairs#SIMILAR} or {@link NearPairs#DIFFERENT}), by
     * components of the pairs: a component's sets and pairs meet in one partition.
     *
     * @param pairs         columns {@code a}, {@code b}: ids, each pair once
     * @param docs          the documents, with {@code id} and {@code shingle_set}
     * @param minPartitions at least this many partitions (the session's shuffle partitions)
     */
    static Dataset<Row> grouped(Dataset<Row> pairs, Dataset<Row> docs, NearPairs judge, int minPartitions) {
        SparkSession spark = pairs.sparkSession();
        List<long[]> packed = IdGraph.collect(pairs.select("a", "b"));
        IdGraph graph = IdGraph.of(packed);
        int n = graph.vertices();
        int parts = (int) Math.max(minPartitions, Math.min(DedupeJob.MAX_PARTITIONS, n / SET_DOCUMENTS + 1));
        Placement placement = Placement.of(graph, parts);

        // the pairs, by the partition of their component (the driver has them; a small shuffle of 32 bytes a pair)
        List<List<long[]>> byPart = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            byPart.add(new ArrayList<>());
        }
        long[][] open = new long[parts][];
        int[] fill = new int[parts];
        for (long[] c : packed) {
            for (int i = 0; i + 3 < c.length; i += 4) {
                int p = placement.part[graph.find(c[i], c[i + 1])];
                if (open[p] == null || fill[p] == open[p].length) {
                    if (open[p] != null) {
                        byPart.get(p).add(open[p]);
                    }
                    open[p] = new long[4 * 4096];
                    fill[p] = 0;
                }
                System.arraycopy(c, i, open[p], fill[p], 4);
                fill[p] += 4;
            }
        }
        List<Tuple2<Integer, long[]>> chunks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            for (long[] c : byPart.get(p)) {
                chunks.add(new Tuple2<>(p, c));
            }
            if (open[p] != null) {
                chunks.add(new Tuple2<>(p, Arrays.copyOf(open[p], fill[p])));
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<Integer, long[]> pairsByPart = jsc.parallelizePairs(chunks,
                Math.max(1, Math.min(jsc.defaultParallelism(), chunks.size())))
                .partitionBy(new HashPartitioner(parts));

        // each checked document's set, read once, to the partition of its component
        Broadcast<Placement> where = jsc.broadcast(placement);
        JavaRDD<InternalRow> sets = docs.select(col("id"), col(DocumentRows.SHINGLE_SET)).queryExecution().toRdd()
                .toJavaRDD();
        JavaPairRDD<Integer, byte[]> setsByPart = sets.mapPartitionsToPair(rows -> Chunks.encode(rows, parts,
                (row, sink) -> encodeSet(row, sink, where.value())))
                .partitionBy(new HashPartitioner(parts));

        JavaRDD<Row> judged = pairsByPart.zipPartitions(setsByPart, (ps, ss) -> judge(ps, ss, judge));
        return spark.createDataFrame(judged, VERDICTS);
    }

    /**
     * The pairs' verdicts as {@link #grouped} gives them, for more pairs than the driver holds: the components of
     * the pairs are found by {@link ConnectedComponents} (large-star/small-star rounds on the executors when they
     * do not fit on the driver; the caller sets the checkpoint folder), each component goes whole to the partition
     * its smallest id hashes to, and every checked document's set is read once and sent there once, with its pairs.
     * Nothing passes through the driver. A component is never split, as in {@link #grouped}.
     *
     * @param localEdges edges of the pairs' graph the driver may solve ({@link ConnectedComponents#of(Dataset, long)})
     */
    static Dataset<Row> distributed(Dataset<Row> pairs, Dataset<Row> docs, NearPairs judge, int minPartitions,
                                    long localEdges) {
        SparkSession spark = pairs.sparkSession();
        long n = 2 * pairs.count(); // documents, at most
        Dataset<Row> members = ConnectedComponents.of(pairs.select("a", "b"), localEdges).members();
        int parts = (int) Math.max(minPartitions, Math.min(DedupeJob.MAX_PARTITIONS, n / SET_DOCUMENTS + 1));
        JavaPairRDD<Integer, long[]> pairsByPart = pairs.select("a", "b")
                .join(members, col("a").equalTo(col("id"))).select(col("a"), col("b"), col("root"))
                .javaRDD().mapPartitionsToPair(rows -> Chunks.encode(rows, parts, (row, sink) -> {
                    String a = row.getString(0);
                    String b = row.getString(1);
                    sink.to(partOf(row.getString(2), parts), 32).putLong(IdBits.hi(a)).putLong(IdBits.lo(a))
                            .putLong(IdBits.hi(b)).putLong(IdBits.lo(b));
                }))
                .partitionBy(new HashPartitioner(parts))
                .mapValues(ShingleChecks::longs);
        JavaPairRDD<Integer, byte[]> setsByPart = docs.select(col("id"), col(DocumentRows.SHINGLE_SET))
                .join(members.withColumnRenamed("id", "member"), col("id").equalTo(col("member")))
                .select(col("id"), col(DocumentRows.SHINGLE_SET), col("root"))
                .javaRDD().mapPartitionsToPair(rows -> Chunks.encode(rows, parts, (row, sink) -> {
                    String id = row.getString(0);
                    List<Integer> set = row.getList(1);
                    ByteBuffer b = sink.to(partOf(row.getString(2), parts), 20 + 4 * set.size())
                            .putLong(IdBits.hi(id)).putLong(IdBits.lo(id)).putInt(set.size());
                    for (int x : set) {
                        b.putInt(x);
                    }
                }))
                .partitionBy(new HashPartitioner(parts));
        JavaRDD<Row> judged = pairsByPart.zipPartitions(setsByPart, (ps, ss) -> judge(ps, ss, judge));
        return spark.createDataFrame(judged, VERDICTS);
    }

    /** The partition of the component whose smallest id is {@code root}. */
    private static int partOf(String root, int parts) {
        return Math.floorMod(root.hashCode(), parts);
    }

    private static long[] longs(byte[] chunk) {
        long[] out = new long[chunk.length / 8];
        ByteBuffer.wrap(chunk).asLongBuffer().get(out);
        return out;
    }

    /** A row {@code (id, shingle_set)} as {@code (hi, lo, count, hashes…)} to its component's partition, if checked. */
    private static void encodeSet(InternalRow row, Chunks.Sink sink, Placement placement) {
        String id = row.getUTF8String(0).toString();
        long h = IdBits.hi(id);
        long l = IdBits.lo(id);
        int v = placement.graph.find(h, l);
        if (v < 0) {
            return;
        }
        int[] set = row.getArray(1).toIntArray();
        ByteBuffer b = sink.to(placement.part[v], 20 + 4 * set.length).putLong(h).putLong(l).putInt(set.length);
        for (int x : set) {
            b.putInt(x);
        }
    }

    /** One partition: its components' sets by id, then each of its pairs judged. */
    private static Iterator<Row> judge(Iterator<Tuple2<Integer, long[]>> pairs,
                                       Iterator<Tuple2<Integer, byte[]>> sets, NearPairs judge) {
        List<long[]> pairChunks = new ArrayList<>();
        long count = 0;
        while (pairs.hasNext()) {
            long[] c = pairs.next()._2();
            pairChunks.add(c);
            count += c.length / 4;
        }
        IdGraph index = new IdGraph((int) Math.min(Integer.MAX_VALUE / 4, 2 * count));
        List<int[]> bySet = new ArrayList<>();
        while (sets.hasNext()) {
            ByteBuffer b = ByteBuffer.wrap(sets.next()._2());
            while (b.remaining() >= 20) {
                long h = b.getLong();
                long l = b.getLong();
                int[] set = new int[b.getInt()];
                for (int i = 0; i < set.length; i++) {
                    set[i] = b.getInt();
                }
                int v = index.vertex(h, l);
                while (bySet.size() <= v) {
                    bySet.add(null);
                }
                bySet.set(v, set);
            }
        }
        NearDuplicateRule rule = judge.rule();
        List<Row> out = new ArrayList<>((int) count);
        for (long[] c : pairChunks) {
            for (int i = 0; i + 3 < c.length; i += 4) {
                int[] a = setOf(index, bySet, c[i], c[i + 1]);
                int[] b = setOf(index, bySet, c[i + 2], c[i + 3]);
                out.add(RowFactory.create(IdBits.id(c[i], c[i + 1]), IdBits.id(c[i + 2], c[i + 3]),
                        rule.similarShingles(a, b) ? NearPairs.SIMILAR : NearPairs.DIFFERENT));
            }
        }
        return out.iterator();
    }

    private static int[] setOf(IdGraph index, List<int[]> sets, long h, long l) {
        int v = index.find(h, l);
        if (v < 0 || v >= sets.size() || sets.get(v) == null) {
            throw new IllegalStateException("no shingle set for " + IdBits.id(h, l));
        }
        return sets.get(v);
    }

    /**
     * The pairs' verdicts by two SQL joins with the sets of their documents (only those documents' sets are read:
     * a semi-join with their ids, broadcast up to {@link DedupeJob#BROADCAST_IDS}).
     */
    static Dataset<Row> joined(Dataset<Row> pairs, Dataset<Row> docs, NearPairs judge) {
        SparkSession spark = pairs.sparkSession();
        Dataset<Row> checkIds = pairs.select(col("a").as("check_id")).union(pairs.select(col("b").as("check_id")))
                .distinct();
        long checkDocs = checkIds.count();
        Dataset<Row> sets = docs.select(col("id"), col(DocumentRows.SHINGLE_SET)).join(
                checkDocs <= DedupeJob.BROADCAST_IDS ? org.apache.spark.sql.functions.broadcast(checkIds) : checkIds,
                col("id").equalTo(col("check_id")), "left_semi");
        Dataset<Row> withSets = pairs.select("a", "b")
                .join(sets.select(col("id").as("a"), col(DocumentRows.SHINGLE_SET).as("set_a")), "a")
                .join(sets.select(col("id").as("b"), col(DocumentRows.SHINGLE_SET).as("set_b")), "b");
        return spark.createDataFrame(withSets.javaRDD().mapPartitions(judge::check), VERDICTS);
    }

    /**
     * Where each checked document goes: components placed whole, largest first, each on the partition with the
     * fewest documents so far (a template copied thousands of times fills a partition of its own; pairs of two
     * spread evenly).
     */
    static final class Placement implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final IdGraph graph;
        final int[] part;

        private Placement(IdGraph graph, int[] part) {
            this.graph = graph;
            this.part = part;
        }

        static Placement of(IdGraph graph, int parts) {
            int n = graph.vertices();
            int[] size = new int[n];
            for (int v = 0; v < n; v++) {
                size[graph.root(v)]++;
            }
            int roots = 0;
            for (int v = 0; v < n; v++) {
                if (size[v] > 0) {
                    roots++;
                }
            }
            long[] bySize = new long[roots]; // size in the high bits, the root in the low: sorted, largest last
            for (int v = 0, at = 0; v < n; v++) {
                if (size[v] > 0) {
                    bySize[at++] = (long) size[v] << 32 | v;
                }
            }
            Arrays.sort(bySize);
            PriorityQueue<long[]> load = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                    : Long.compare(x[1], y[1]));
            for (int p = 0; p < parts; p++) {
                load.add(new long[] {0, p});
            }
            int[] rootPart = new int[n];
            for (int i = roots - 1; i >= 0; i--) {
                long[] least = load.poll();
                int root = (int) bySize[i];
                rootPart[root] = (int) least[1];
                least[0] += bySize[i] >>> 32;
                load.add(least);
            }
            int[] part = new int[n];
            for (int v = 0; v < n; v++) {
                part[v] = rootPart[graph.root(v)];
            }
            return new Placement(graph, part);
        }
    }
}
