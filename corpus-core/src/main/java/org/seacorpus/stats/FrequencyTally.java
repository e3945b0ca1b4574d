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
    /** How the items are written where that differs from their folded form. */
    final WrittenForms written = new WrittenForms();
    long tokens;
    long documents;
    private final Map<String, Integer> inDocument = new HashMap<>();

    /**
     * Counts the items of one document (its {@code tokens} are counted by the caller), folded and as written
     * (the same number, in the same order).
     */
    void addDocument(List<String> items, List<String> writtenItems) {
        documents++;
        inDocument.clear();
        for (int i = 0; i < items.size(); i++) {
            inDocument.merge(items.get(i), 1, Integer::sum);
            written.add(items.get(i), writtenItems.get(i));
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
        written.merge(other.written);
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
                String form = e.getKey().replace(NgramCounter.SEPARATOR, ' ');
                out.add(new WordFrequency(e.getKey(), c[0], perMillion(c[0], tokens), c[1], form));
            }
        }
        out.sort(Comparator.comparingLong(WordFrequency::frequency).reversed()
                .thenComparing(Comparator.comparingLong(WordFrequency::documents).reversed())
                .thenComparing(WordFrequency::form));
        List<WordFrequency> shown = new ArrayList<>();
        for (WordFrequency w : out.subList(0, Math.min(top, out.size()))) {
            shown.add(new WordFrequency(written.shown(w.word(), w.frequency()).replace(NgramCounter.SEPARATOR, ' '),
                    w.frequency(), w.perMillion(), w.documents(), w.form()));
        }
        return new FrequencyList(tokens, documents, counts.size(), n, List.copyOf(shown));
    }

    static double perMillion(long frequency, long tokens) {
        return tokens == 0 ? 0 : frequency * 1_000_000.0 / tokens;
    }
}
