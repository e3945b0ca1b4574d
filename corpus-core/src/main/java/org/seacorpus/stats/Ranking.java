package org.seacorpus.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * The best {@code k} of many items known by number: items are ranked by their counts first, and only the items
 * that tie with the last one kept are compared by text, so a list of the top 100 of a million words turns a few
 * hundred ids into text, not a million. The order is the one the text path sorts in: counts, then text.
 */
final class Ranking {
    /** Compares two item numbers by their counts: negative when the first ranks higher. */
    @FunctionalInterface
    interface ByCounts {
        int compare(int a, int b);
    }

    private Ranking() {
    }

    /**
     * @param items  the candidates (already filtered, e.g. by a minimum frequency)
     * @param counts ranks by counts, best first
     * @param text   the text that breaks ties of counts (in {@link String#compareTo} order)
     * @return at most {@code k} items, best first
     */
    static int[] top(int[] items, int size, int k, ByCounts counts, IntFunction<String> text) {
        if (k <= 0 || size == 0) {
            return new int[0];
        }
        PriorityQueue<Integer> kept = new PriorityQueue<>(Math.min(k, size) + 1, (a, b) -> counts.compare(b, a));
        for (int i = 0; i < size; i++) {
            int item = items[i];
            if (kept.size() < k) {
                kept.add(item);
            } else if (counts.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        int last = kept.peek();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (counts.compare(items[i], last) <= 0) {
                candidates.add(items[i]);
            }
        }
        Map<Integer, String> texts = new HashMap<>();
        candidates.sort((a, b) -> {
            int c = counts.compare(a, b);
            return c != 0 ? c : texts.computeIfAbsent(a, text::apply).compareTo(texts.computeIfAbsent(b, text::apply));
        });
        int[] out = new int[Math.min(k, candidates.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = candidates.get(i);
        }
        return out;
    }
}
