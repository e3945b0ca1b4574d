package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The packed union-find against a breadth-first search over the same edges, held as strings. */
class IdGraphTest {
    @Property(tries = 200)
    void everyIdGetsTheSmallestIdOfItsComponent(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 299) Integer> ends,
            @ForAll long salt) {
        // ids from a small pool so that components merge; the salt spreads them over the whole 128 bits
        List<String[]> edges = new ArrayList<>();
        for (int i = 0; i + 1 < ends.size(); i += 2) {
            edges.add(new String[] {id(ends.get(i), salt), id(ends.get(i + 1), salt)});
        }
        List<long[]> chunks = new ArrayList<>();
        long[] chunk = new long[4 * edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            String a = edges.get(i)[0];
            String b = edges.get(i)[1];
            chunk[4 * i] = IdBits.hi(a);
            chunk[4 * i + 1] = IdBits.lo(a);
            chunk[4 * i + 2] = IdBits.hi(b);
            chunk[4 * i + 3] = IdBits.lo(b);
        }
        // split into several chunks, as collected from several partitions
        for (int from = 0; from < chunk.length; from += 4 * 7) {
            chunks.add(java.util.Arrays.copyOfRange(chunk, from, Math.min(chunk.length, from + 4 * 7)));
        }
        IdGraph graph = IdGraph.of(chunks);

        Map<String, String> found = new TreeMap<>();
        for (long[] c : graph.members()) {
            for (int i = 0; i < c.length; i += 4) {
                assertThat(found.put(IdBits.id(c[i], c[i + 1]), IdBits.id(c[i + 2], c[i + 3]))).isNull();
            }
        }
        assertThat(found).isEqualTo(bySearch(edges));
        assertThat(graph.vertices()).isEqualTo(found.size());
        for (String id : found.keySet()) {
            assertThat(graph.find(IdBits.hi(id), IdBits.lo(id))).isBetween(0, graph.vertices() - 1);
        }
        assertThat(graph.find(IdBits.hi(id(300, salt)), IdBits.lo(id(300, salt)))).isEqualTo(-1);
    }

    /** Components by breadth-first search; self-loops are no edges. */
    private static Map<String, String> bySearch(List<String[]> edges) {
        Map<String, Set<String>> next = new HashMap<>();
        for (String[] e : edges) {
            if (!e[0].equals(e[1])) {
                next.computeIfAbsent(e[0], k -> new HashSet<>()).add(e[1]);
                next.computeIfAbsent(e[1], k -> new HashSet<>()).add(e[0]);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String start : next.keySet()) {
            if (out.containsKey(start)) {
                continue;
            }
            List<String> component = new ArrayList<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            Set<String> seen = new HashSet<>(List.of(start));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                component.add(v);
                for (String w : next.get(v)) {
                    if (seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            String smallest = component.stream().min(String::compareTo).orElseThrow();
            component.forEach(v -> out.put(v, smallest));
        }
        return out;
    }

    private static String id(int n, long salt) {
        long h = IdBits.mix(n * 0x9E3779B97F4A7C15L + salt);
        long l = (long) IdBits.mix(h + n) << 32 | (n & 0xFFFFFFFFL);
        // hi spans the whole unsigned range, so the unsigned order matters
        return IdBits.id(h * 0xC2B2AE3D27D4EB4FL, l);
    }
}
