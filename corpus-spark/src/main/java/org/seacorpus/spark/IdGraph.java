package org.seacorpus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A union-find over document ids held as two {@code long}s each ({@link IdBits}), on primitive arrays: an
 * open-addressing index from id to vertex number, and a parent array whose roots are always the smallest id of
 * their component (unsigned order of {@code (hi, lo)}, the ids' string order). About 40 bytes a vertex, so the
 * driver holds graphs of millions of edges in tens of MB where a map of strings took hundreds.
 */
final class IdGraph implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Edges packed by {@link #collect}: {@code aHi, aLo, bHi, bLo} for each, in arrays of this many edges. */
    static final int CHUNK_EDGES = 1 << 16;
    private long[] hi;
    private long[] lo;
    private int[] parent;
    private int n;
    private int[] slots;
    private int mask;

    IdGraph(int expectedVertices) {
        int capacity = Math.max(16, expectedVertices);
        hi = new long[capacity];
        lo = new long[capacity];
        parent = new int[capacity];
        slots = new int[Integer.highestOneBit(Math.max(2, 2 * capacity)) << 1];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
    }

    /** The edges of a dataset whose first two columns are ids, packed on the executors and collected. */
    static List<long[]> collect(Dataset<Row> edges) {
        return edges.javaRDD().mapPartitions(IdGraph::pack).collect();
    }

    private static Iterator<long[]> pack(Iterator<Row> rows) {
        List<long[]> out = new ArrayList<>();
        long[] chunk = new long[4 * CHUNK_EDGES];
        int at = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            String a = r.getString(0);
            String b = r.getString(1);
            if (at == chunk.length) {
                out.add(chunk);
                chunk = new long[4 * CHUNK_EDGES];
                at = 0;
            }
            chunk[at++] = IdBits.hi(a);
            chunk[at++] = IdBits.lo(a);
            chunk[at++] = IdBits.hi(b);
            chunk[at++] = IdBits.lo(b);
        }
        if (at > 0) {
            out.add(Arrays.copyOf(chunk, at));
        }
        return out.iterator();
    }

    /** A graph of packed edges (self-loops are no edge: an id only in one is no vertex). */
    static IdGraph of(List<long[]> chunks) {
        long edges = 0;
        for (long[] c : chunks) {
            edges += c.length / 4;
        }
        IdGraph g = new IdGraph((int) Math.min(Integer.MAX_VALUE / 4, edges));
        for (long[] c : chunks) {
            for (int i = 0; i + 3 < c.length; i += 4) {
                g.link(c[i], c[i + 1], c[i + 2], c[i + 3]);
            }
        }
        return g;
    }

    /** Joins the components of two ids (adding them as vertices); a self-loop does nothing. */
    void link(long aHi, long aLo, long bHi, long bLo) {
        if (aHi == bHi && aLo == bLo) {
            return;
        }
        int a = root(vertex(aHi, aLo));
        int b = root(vertex(bHi, bLo));
        if (a == b) {
            return;
        }
        if (IdBits.compare(hi[a], lo[a], hi[b], lo[b]) < 0) {
            parent[b] = a;
        } else {
            parent[a] = b;
        }
    }

    /** The vertex of an id, added if new. */
    int vertex(long h, long l) {
        int s = slotOf(h, l);
        if (slots[s] >= 0) {
            return slots[s];
        }
        if (n == hi.length) {
            grow();
            return vertex(h, l);
        }
        hi[n] = h;
        lo[n] = l;
        parent[n] = n;
        slots[s] = n;
        return n++;
    }

    /** The vertex of an id, or -1. */
    int find(long h, long l) {
        return slots[slotOf(h, l)];
    }

    /** The slot holding an id's vertex, or the empty slot where it would go (linear probing). */
    private int slotOf(long h, long l) {
        int s = IdBits.mix(h ^ Long.rotateLeft(l, 31)) & mask;
        while (slots[s] >= 0) {
            int v = slots[s];
            if (hi[v] == h && lo[v] == l) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The root of a vertex's component: the vertex of its smallest id (path halving). */
    int root(int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    int vertices() {
        return n;
    }

    long hi(int v) {
        return hi[v];
    }

    long lo(int v) {
        return lo[v];
    }

    /**
     * Every vertex with the smallest id of its component, packed as {@code hi, lo, rootHi, rootLo}, in arrays of at
     * most {@link #CHUNK_EDGES} members.
     */
    List<long[]> members() {
        List<long[]> out = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK_EDGES) {
            int to = Math.min(n, from + CHUNK_EDGES);
            long[] c = new long[4 * (to - from)];
            for (int v = from, at = 0; v < to; v++) {
                int r = root(v);
                c[at++] = hi[v];
                c[at++] = lo[v];
                c[at++] = hi[r];
                c[at++] = lo[r];
            }
            out.add(c);
        }
        return out;
    }

    private void grow() {
        int capacity = 2 * hi.length;
        hi = Arrays.copyOf(hi, capacity);
        lo = Arrays.copyOf(lo, capacity);
        parent = Arrays.copyOf(parent, capacity);
        slots = new int[Integer.highestOneBit(2 * capacity) << 1];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
        for (int v = 0; v < n; v++) {
            int s = IdBits.mix(hi[v] ^ Long.rotateLeft(lo[v], 31)) & mask;
            while (slots[s] >= 0) {
                s = (s + 1) & mask;
            }
            slots[s] = v;
        }
    }
}
