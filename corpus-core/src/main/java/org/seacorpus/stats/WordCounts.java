package org.seacorpus.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word frequencies of a subcorpus by word id ({@link Vocabulary}): occurrences, documents, and how often each word
 * is written otherwise than folded. Arrays indexed by id, so counting a word is an increment. A document is
 * counted in a word's document frequency once: each id remembers the last document that counted it (a worker
 * sees each document once, and workers see different documents).
 */
final class WordCounts implements TokenScanner.Tally<WordCounts> {
    long tokens;
    long documents;
    long[] frequency;
    long[] docs;
    private int[] lastDoc;
    /** (folded id, written id) → occurrences, for the words written otherwise than folded. */
    final LongCounter written = new LongCounter();

    WordCounts(int vocabulary) {
        frequency = new long[vocabulary];
        docs = new long[vocabulary];
        lastDoc = new int[vocabulary];
    }

    @Override
    public void add(WordRun run) {
        documents++;
        tokens += run.size;
        int mark = run.doc + 1;
        for (int i = 0; i < run.size; i++) {
            int w = run.words[i];
            if (w >= frequency.length) {
                grow(w + 1);
            }
            frequency[w]++;
            if (lastDoc[w] != mark) {
                lastDoc[w] = mark;
                docs[w]++;
            }
            if (run.written[i] >= 0) {
                written.add(LongCounter.pair(w, run.written[i]), 1);
            }
        }
    }

    @Override
    public void merge(WordCounts other) {
        tokens += other.tokens;
        documents += other.documents;
        if (other.frequency.length > frequency.length) {
            grow(other.frequency.length);
        }
        for (int w = 0; w < other.frequency.length; w++) {
            frequency[w] += other.frequency[w];
            docs[w] += other.docs[w];
        }
        written.merge(other.written);
    }

    long frequency(int w) {
        return w < frequency.length ? frequency[w] : 0;
    }

    /** Ids with at least {@code min} occurrences (and at least one). */
    int[] atLeast(long min) {
        int[] out = new int[16];
        int n = 0;
        for (int w = 0; w < frequency.length; w++) {
            if (frequency[w] >= Math.max(1, min)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = w;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Distinct words counted. */
    long types() {
        long n = 0;
        for (long f : frequency) {
            n += f > 0 ? 1 : 0;
        }
        return n;
    }

    /** The frequency list: the best {@code top} words with at least {@code min} occurrences, shown as written. */
    FrequencyList list(Vocabulary vocabulary, long min, int top) {
        int[] candidates = atLeast(min);
        int[] best = Ranking.top(candidates, candidates.length, top, (a, b) -> {
            int c = Long.compare(frequency[b], frequency[a]);
            return c != 0 ? c : Long.compare(docs[b], docs[a]);
        }, vocabulary.forms()::text);
        Map<Integer, String> shown = shown(vocabulary, best);
        List<WordFrequency> out = new ArrayList<>(best.length);
        for (int w : best) {
            out.add(new WordFrequency(shown.get(w), frequency[w], FrequencyTally.perMillion(frequency[w], tokens),
                    docs[w], vocabulary.forms().text(w)));
        }
        return new FrequencyList(tokens, documents, types(), 1, List.copyOf(out));
    }

    /** How each of these words is most often written (see {@link WrittenForms}). */
    Map<Integer, String> shown(Vocabulary vocabulary, int[] words) {
        return shown(vocabulary, words, this::frequency, written);
    }

    /**
     * How each of these words is most often written, given each one's occurrences and the counts of the written
     * forms that differ from it (the rest are written as folded).
     */
    static Map<Integer, String> shown(Vocabulary vocabulary, int[] words, java.util.function.IntToLongFunction total,
                                      LongCounter... writtenCounts) {
        Map<Integer, Map<Integer, long[]>> variants = new HashMap<>();
        for (int w : words) {
            variants.put(w, new HashMap<>());
        }
        for (LongCounter counts : writtenCounts) {
            counts.forEach((key, count) -> {
                Map<Integer, long[]> forms = variants.get(LongCounter.high(key));
                if (forms != null) {
                    forms.computeIfAbsent(LongCounter.low(key), k -> new long[1])[0] += count;
                }
                return 0;
            });
        }
        Map<Integer, String> out = new HashMap<>();
        for (int w : words) {
            String folded = vocabulary.forms().text(w);
            long asFolded = total.applyAsLong(w);
            String best = null;
            long bestCount = 0;
            for (Map.Entry<Integer, long[]> form : variants.get(w).entrySet()) {
                asFolded -= form.getValue()[0];
            }
            if (asFolded > 0) {
                best = folded;
                bestCount = asFolded;
            }
            for (Map.Entry<Integer, long[]> form : variants.get(w).entrySet()) {
                String text = vocabulary.surfaces().text(form.getKey());
                String better = WrittenForms.better(best, bestCount, text, form.getValue()[0]);
                if (better != best) {
                    best = better;
                    bestCount = form.getValue()[0];
                }
            }
            out.put(w, best == null ? folded : best);
        }
        return out;
    }

    private void grow(int size) {
        int length = Math.max(size, frequency.length + (frequency.length >> 1) + 16);
        frequency = Arrays.copyOf(frequency, length);
        docs = Arrays.copyOf(docs, length);
        lastDoc = Arrays.copyOf(lastDoc, length);
    }
}
