package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.FixedBitSet;

/**
 * Word n-grams of a subcorpus from the token doc values ({@link TokenScanner}): the same n-grams as
 * {@link NgramCounter} (runs of words not broken by a sentence end, a number or a URL), counted as tuples of word
 * ids. A second pass over the subcorpus finds how the n-grams listed are most often written.
 */
final class IndexedNgrams {
    private final TokenScanner scanner;

    IndexedNgrams(TokenScanner scanner) {
        this.scanner = scanner;
    }

    List<FrequencyList> count(FixedBitSet subcorpus, int fromN, int toN, long min, int top) throws IOException {
        NgramCounter.check(fromN, toN);
        Tally tally = scanner.scan(subcorpus, () -> new Tally(fromN, toN), null);
        Vocabulary vocabulary = scanner.vocabulary();
        List<FrequencyList> out = new ArrayList<>();
        for (NgramTable table : tally.byN) {
            int[] candidates = new int[table.size()];
            int size = 0;
            for (int e = 0; e < table.size(); e++) {
                if (table.count(e) >= min) {
                    candidates[size++] = e;
                }
            }
            int[] best = Ranking.top(candidates, size, top, (a, b) -> {
                int c = Long.compare(table.count(b), table.count(a));
                return c != 0 ? c : Long.compare(table.documents(b), table.documents(a));
            }, e -> text(vocabulary, table, e, null));
            Forms forms = scanner.scan(subcorpus, () -> new Forms(table, best), null);
            List<WordFrequency> words = new ArrayList<>(best.length);
            for (int i = 0; i < best.length; i++) {
                int e = best[i];
                words.add(new WordFrequency(forms.shown(vocabulary, i), table.count(e),
                        FrequencyTally.perMillion(table.count(e), tally.tokens), table.documents(e),
                        text(vocabulary, table, e, null)));
            }
            out.add(new FrequencyList(tally.tokens, tally.documents, table.size(), table.n(), List.copyOf(words)));
        }
        return out;
    }

    /** An n-gram's words joined by one space: folded, or written as {@code written} says (ids, -1 for folded). */
    static String text(Vocabulary vocabulary, NgramTable table, int entry, int[] written) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < table.n(); k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(written != null && written[k] >= 0 ? vocabulary.surfaces().text(written[k])
                    : vocabulary.forms().text(table.word(entry, k)));
        }
        return out.toString();
    }

    /** Calls {@code counter} with the start of each n-gram of a run of words (none crosses a break). */
    static void forEachNgram(WordRun run, int n, java.util.function.IntConsumer counter) {
        int runStart = 0;
        for (int end = 0; end < run.size; end++) {
            if (run.breakBefore[end]) {
                runStart = end;
            }
            int start = end - n + 1;
            if (start >= runStart) {
                counter.accept(start);
            }
        }
    }

    /** One n-gram table per n. */
    static final class Tally implements TokenScanner.Tally<Tally> {
        final NgramTable[] byN;
        long tokens;
        long documents;

        Tally(int fromN, int toN) {
            byN = new NgramTable[toN - fromN + 1];
            for (int i = 0; i < byN.length; i++) {
                byN[i] = new NgramTable(fromN + i);
            }
        }

        @Override
        public void add(WordRun run) {
            tokens += run.size;
            documents++;
            for (NgramTable table : byN) {
                forEachNgram(run, table.n(), start -> table.add(run.words, start, run.doc));
            }
        }

        @Override
        public void merge(Tally other) {
            tokens += other.tokens;
            documents += other.documents;
            for (int i = 0; i < byN.length; i++) {
                byN[i].merge(other.byN[i]);
            }
        }
    }

    /** The second pass: how the n-grams listed are written where a word of theirs is written otherwise. */
    static final class Forms implements TokenScanner.Tally<Forms> {
        private final NgramTable listed;
        private final int[] entries;
        private final NgramTable lookup;
        /** Per position in the list, the written forms (word ids joined) that differ, with their counts. */
        private final List<Map<String, long[]>> variants = new ArrayList<>();

        Forms(NgramTable table, int[] best) {
            this.listed = table;
            this.entries = best;
            this.lookup = new NgramTable(table.n());
            int[] words = new int[table.n()];
            for (int i = 0; i < best.length; i++) {
                for (int k = 0; k < table.n(); k++) {
                    words[k] = table.word(best[i], k);
                }
                lookup.add(words, 0, i); // entry number i: the position in the list
                variants.add(new HashMap<>());
            }
        }

        @Override
        public void add(WordRun run) {
            if (entries.length == 0) {
                return;
            }
            int n = listed.n();
            forEachNgram(run, n, start -> {
                boolean written = false;
                for (int k = start; k < start + n && !written; k++) {
                    written = run.written[k] >= 0;
                }
                if (!written) {
                    return;
                }
                int position = lookup.find(run.words, start);
                if (position < 0) {
                    return;
                }
                StringBuilder key = new StringBuilder();
                for (int k = start; k < start + n; k++) {
                    key.append(run.written[k]).append(',');
                }
                variants.get(position).computeIfAbsent(key.toString(), s -> new long[1])[0]++;
            });
        }

        @Override
        public void merge(Forms other) {
            for (int i = 0; i < variants.size(); i++) {
                Map<String, long[]> mine = variants.get(i);
                other.variants.get(i).forEach((k, c) -> mine.computeIfAbsent(k, s -> new long[1])[0] += c[0]);
            }
        }

        /** How the n-gram at this position of the list is most often written. */
        String shown(Vocabulary vocabulary, int position) {
            int entry = entries[position];
            String folded = text(vocabulary, listed, entry, null);
            long asFolded = listed.count(entry);
            for (long[] c : variants.get(position).values()) {
                asFolded -= c[0];
            }
            String best = asFolded > 0 ? folded : null;
            long bestCount = asFolded;
            for (Map.Entry<String, long[]> v : variants.get(position).entrySet()) {
                String[] ids = v.getKey().split(",");
                int[] written = new int[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    written[k] = Integer.parseInt(ids[k]);
                }
                String text = text(vocabulary, listed, entry, written);
                String better = WrittenForms.better(best, bestCount, text, v.getValue()[0]);
                if (!better.equals(best)) {
                    best = better;
                    bestCount = v.getValue()[0];
                }
            }
            return best == null ? folded : best;
        }
    }
}
