package org.seacorpus.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts items (words or n-grams) with their document frequencies, and the words and documents seen. Also the
 * tally behind keyness, which compares two of them.
 */
final class FrequencyTally {
    /** [occurrences, documents] of each item. */
    final Map<String, long[]> counts = new HashMap<>();
    long tokens;
    long documents;
    private final Map<String, Integer> inDocument = new HashMap<>();

    /** Counts the items of one document (its {@code tokens} are counted by the caller). */
    void addDocument(Iterable<String> items) {
        documents++;
        inDocument.clear();
        for (String item : items) {
            inDocument.merge(item, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : inDocument.entrySet()) {
            long[] c = counts.computeIfAbsent(e.getKey(), k -> new long[2]);
            c[0] += e.getValue();
            c[1]++;
        }
    }

    void merge(FrequencyTally other) {
        tokens += other.tokens;
        documents += other.documents;
        other.counts.forEach((item, c) -> {
            long[] mine = counts.computeIfAbsent(item, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
    }

    long frequency(String item) {
        long[] c = counts.get(item);
        return c == null ? 0 : c[0];
    }

    /** Items with at least {@code min} occurrences, most frequent first, ties by document frequency then text. */
    FrequencyList list(int n, long min, int top) {
        List<WordFrequency> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            if (c[0] >= min) {
                out.add(new WordFrequency(e.getKey(), c[0], perMillion(c[0], tokens), c[1]));
            }
        }
        out.sort(Comparator.comparingLong(WordFrequency::frequency).reversed()
                .thenComparing(Comparator.comparingLong(WordFrequency::documents).reversed())
                .thenComparing(WordFrequency::word));
        return new FrequencyList(tokens, documents, counts.size(), n,
                List.copyOf(out.subList(0, Math.min(top, out.size()))));
    }

    static double perMillion(long frequency, long tokens) {
        return tokens == 0 ? 0 : frequency * 1_000_000.0 / tokens;
    }
}
