package org.seacorpus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A generator's {@code truth.jsonl} in compact arrays indexed by document number ({@code g00000042} is 42):
 * family, kind, script, base, (when recorded) the Jaccard similarity to the base, and the planted pairs with
 * their exact Jaccard similarity ({@code jaccard_to}), from which {@link #components(double)} says which
 * documents are near-duplicates of each other at a threshold.
 */
final class GroundTruth {
    final int[] family;
    final String[] kinds;
    final byte[] kind;
    final String[] scripts;
    final byte[] script;
    final int[] base;
    /** Exact Jaccard similarity to the base (NaN when not recorded). */
    final double[] jaccard;
    /** Planted pairs (a, b) with their exact Jaccard similarity; {@code pairCount} of them are set. */
    private int[] pairA = new int[1024];
    private int[] pairB = new int[1024];
    private double[] pairJaccard = new double[1024];
    private int pairCount;

    private GroundTruth(int size) {
        family = new int[size];
        kind = new byte[size];
        script = new byte[size];
        base = new int[size];
        jaccard = new double[size];
        kinds = new String[64];
        scripts = new String[64];
    }

    int size() {
        return family.length;
    }

    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    static GroundTruth read(Path file) throws IOException {
        long count;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            count = lines.count();
        }
        GroundTruth t = new GroundTruth((int) count);
        Map<String, Integer> families = new HashMap<>();
        Map<String, Byte> kindCodes = new HashMap<>();
        Map<String, Byte> scriptCodes = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = BenchCommand.JSON.readTree(line);
                int i = index(row.get("id").asText());
                t.family[i] = families.computeIfAbsent(row.get("family").asText(), f -> families.size());
                t.kind[i] = code(row.get("kind").asText(), kindCodes, t.kinds);
                t.script[i] = code(row.get("script").asText(), scriptCodes, t.scripts);
                t.base[i] = index(row.get("base").asText());
                t.jaccard[i] = row.has("jaccard") ? row.get("jaccard").asDouble() : Double.NaN;
                JsonNode to = row.get("jaccard_to");
                if (to != null && to.has(row.get("base").asText())) { // six decimals instead of three
                    t.jaccard[i] = to.get(row.get("base").asText()).asDouble();
                }
                if (to != null) {
                    for (var e = to.fields(); e.hasNext(); ) {
                        var pair = e.next();
                        t.addPair(index(pair.getKey()), i, pair.getValue().asDouble());
                    }
                }
            }
        }
        return t;
    }

    private void addPair(int a, int b, double similarity) {
        if (pairCount == pairA.length) {
            pairA = java.util.Arrays.copyOf(pairA, pairCount * 2);
            pairB = java.util.Arrays.copyOf(pairB, pairCount * 2);
            pairJaccard = java.util.Arrays.copyOf(pairJaccard, pairCount * 2);
        }
        pairA[pairCount] = a;
        pairB[pairCount] = b;
        pairJaccard[pairCount++] = similarity;
    }

    /** The recorded exact Jaccard similarity of a planted pair, NaN when the pair was not planted. */
    double pairJaccard(int a, int b) {
        for (int p = 0; p < pairCount; p++) {
            if (pairA[p] == a && pairB[p] == b || pairA[p] == b && pairB[p] == a) {
                return pairJaccard[p];
            }
        }
        return Double.NaN;
    }

    /** Whether the truth records the planted pairs' similarities (generated with {@code --jaccard}). */
    boolean hasPairs() {
        return pairCount > 0;
    }

    /**
     * The near-duplicate groups at {@code threshold}: documents joined, transitively, by planted pairs whose exact
     * Jaccard similarity is at least the threshold (what an exact all-pairs method with the same single-linkage
     * clustering would output, given that unplanted pairs share almost no shingles). Returns a group number per
     * document: the smallest document number of its group.
     */
    int[] components(double threshold) {
        int[] parent = new int[size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int p = 0; p < pairCount; p++) {
            if (pairJaccard[p] >= threshold) {
                int a = root(parent, pairA[p]);
                int b = root(parent, pairB[p]);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static byte code(String value, Map<String, Byte> codes, String[] names) {
        return codes.computeIfAbsent(value, v -> {
            byte c = (byte) codes.size();
            names[c] = v;
            return c;
        });
    }
}
