package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.FixedBitSet;

/**
 * Range and DP of words over the parts of a subcorpus from the token doc values ({@link TokenScanner}): the same
 * parts and counts as {@link DispersionCalculator}, with a part's value read from the field's doc values (or its
 * stored value for {@code meta.*} fields, which have none).
 */
final class IndexedDispersion {
    private final TokenScanner scanner;

    IndexedDispersion(TokenScanner scanner) {
        this.scanner = scanner;
    }

    DispersionResult measure(FixedBitSet subcorpus, List<String> words, String partsBy) throws IOException {
        String by = DispersionCalculator.check(words, partsBy);
        List<IndexedCollocations.NodeIds> nodes = new ArrayList<>();
        for (String word : words) {
            nodes.add(new IndexedCollocations.NodeIds(new NodeWords(word, scanner.segmenters()),
                    scanner.vocabulary()));
        }
        Parts tally = scanner.scan(subcorpus, () -> new Parts(nodes, by), by);
        Map<String, long[]> parts = new HashMap<>();
        tally.byDocument.forEach((doc, counts) -> parts.put(String.valueOf(doc), counts));
        parts.putAll(tally.byValue);
        return DispersionCalculator.result(words, by, parts);
    }

    /** Per part: [words, occurrences of word 1, of word 2, …]. */
    static final class Parts implements TokenScanner.Tally<Parts> {
        final Map<Integer, long[]> byDocument = new HashMap<>();
        final Map<String, long[]> byValue = new HashMap<>();
        private final List<IndexedCollocations.NodeIds> nodes;
        private final String by;

        Parts(List<IndexedCollocations.NodeIds> nodes, String by) {
            this.nodes = nodes;
            this.by = by;
        }

        @Override
        public void add(WordRun run) {
            if (run.size == 0) {
                return;
            }
            long[] part = by == null ? byDocument.computeIfAbsent(run.doc, k -> new long[nodes.size() + 1])
                    : byValue.computeIfAbsent(run.part == null ? "" : run.part, k -> new long[nodes.size() + 1]);
            part[0] += run.size;
            for (int w = 0; w < nodes.size(); w++) {
                part[w + 1] += IndexedCollocations.NodeIds.positions(run.words, run.size,
                        nodes.get(w).in(run.lang)).length;
            }
        }

        @Override
        public void merge(Parts other) {
            other.byDocument.forEach((doc, counts) -> add(byDocument.computeIfAbsent(doc, k -> new long[counts.length]),
                    counts));
            other.byValue.forEach((value, counts) -> add(byValue.computeIfAbsent(value,
                    k -> new long[counts.length]), counts));
        }

        private static void add(long[] into, long[] counts) {
            for (int i = 0; i < counts.length; i++) {
                into[i] += counts[i];
            }
        }
    }
}
