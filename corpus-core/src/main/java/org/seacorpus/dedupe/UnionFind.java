package org.seacorpus.dedupe;

/**
 * Disjoint sets over Lucene doc ids, with union by size and path halving (Tarjan 1975): near-constant time per
 * operation, two ints per document whatever the corpus holds. Not thread-safe.
 */
final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of a and b; returns false when they were already one set. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    /** Members of x's set. */
    int sizeOf(int x) {
        return size[find(x)];
    }

    int capacity() {
        return parent.length;
    }
}
