package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.util.FixedBitSet;

/**
 * Collocates of a node word from the token doc values ({@link TokenScanner}): the same windows and counts as
 * {@link CollocationFinder}, on word ids. The node is cut into words by each language's segmenter and folded, as
 * the documents were, and looked up once per language.
 */
final class IndexedCollocations {
    private final TokenScanner scanner;

    IndexedCollocations(TokenScanner scanner) {
        this.scanner = scanner;
    }

    CollocationResult find(FixedBitSet subcorpus, String node, int left, int right, AssociationMeasure measure,
                           long min, int top) throws IOException {
        CollocationFinder.checkWindow(left, right);
        NodeIds nodeIds = new NodeIds(new NodeWords(node, scanner.segmenters()), scanner.vocabulary());
        int size = scanner.vocabulary().forms().size();
        Window tally = scanner.scan(subcorpus, () -> new Window(nodeIds, left, right, size), null);
        Vocabulary vocabulary = scanner.vocabulary();
        List<Integer> kept = new ArrayList<>();
        for (int w = 0; w < tally.inWindow.length; w++) {
            if (tally.inWindow[w] > 0 && tally.inWindow[w] >= min) {
                kept.add(w);
            }
        }
        int[] ids = kept.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, String> shown = tally.words.shown(vocabulary, ids);
        List<Collocate> collocates = new ArrayList<>(ids.length);
        for (int w : ids) {
            AssociationMeasure.Table table = new AssociationMeasure.Table(tally.inWindow[w], tally.windowTokens,
                    tally.words.frequency(w), tally.words.tokens, tally.nodeFrequency);
            collocates.add(CollocationFinder.collocate(shown.get(w), vocabulary.forms().text(w), table));
        }
        return CollocationFinder.result(node, tally.nodeFrequency, tally.words.tokens, tally.windowTokens, left,
                right, measure, top, collocates);
    }

    /** The node's word ids in each language (ids are handed out for words no document has: they match nothing). */
    static final class NodeIds {
        private final NodeWords words;
        private final Vocabulary vocabulary;
        private final Map<String, int[]> byLanguage = new ConcurrentHashMap<>();

        NodeIds(NodeWords words, Vocabulary vocabulary) {
            this.words = words;
            this.vocabulary = vocabulary;
        }

        String text() {
            return words.text();
        }

        int[] in(String lang) {
            return byLanguage.computeIfAbsent(lang, l -> Arrays.stream(words.words(l))
                    .mapToInt(vocabulary.forms()::intern).toArray());
        }

        /** Start positions of the node in a run of word ids. */
        static int[] positions(int[] words, int size, int[] node) {
            if (node.length == 0) {
                return new int[0];
            }
            int[] out = new int[8];
            int n = 0;
            for (int i = 0; i + node.length <= size; i++) {
                if (matchesAt(words, node, i)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                }
            }
            return Arrays.copyOf(out, n);
        }

        private static boolean matchesAt(int[] words, int[] node, int at) {
            for (int k = 0; k < node.length; k++) {
                if (words[at + k] != node[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Word frequencies, node occurrences and the words inside the windows (as {@link CollocationFinder}). */
    static final class Window implements TokenScanner.Tally<Window> {
        final WordCounts words;
        long[] inWindow;
        long nodeFrequency;
        long windowTokens;
        private final NodeIds node;
        private final int left;
        private final int right;
        private boolean[] window = new boolean[256];
        private boolean[] isNode = new boolean[256];

        Window(NodeIds node, int left, int right, int vocabulary) {
            this.node = node;
            this.left = left;
            this.right = right;
            this.words = new WordCounts(vocabulary);
            this.inWindow = new long[vocabulary];
        }

        @Override
        public void add(WordRun run) {
            words.add(run);
            int[] nodeWords = node.in(run.lang);
            int[] at = NodeIds.positions(run.words, run.size, nodeWords);
            if (at.length == 0) {
                return;
            }
            nodeFrequency += at.length;
            if (window.length < run.size) {
                window = new boolean[run.size];
                isNode = new boolean[run.size];
            } else {
                Arrays.fill(window, 0, run.size, false);
                Arrays.fill(isNode, 0, run.size, false);
            }
            for (int start : at) {
                int end = start + nodeWords.length;
                for (int p = Math.max(0, start - left); p < Math.min(run.size, end + right); p++) {
                    window[p] = true;
                }
                for (int p = start; p < end; p++) {
                    isNode[p] = true;
                }
            }
            for (int p = 0; p < run.size; p++) {
                if (window[p] && !isNode[p]) {
                    windowTokens++;
                    int w = run.words[p];
                    if (w >= inWindow.length) {
                        inWindow = Arrays.copyOf(inWindow, Math.max(w + 1, inWindow.length * 3 / 2 + 16));
                    }
                    inWindow[w]++;
                }
            }
        }

        @Override
        public void merge(Window other) {
            words.merge(other.words);
            nodeFrequency += other.nodeFrequency;
            windowTokens += other.windowTokens;
            if (other.inWindow.length > inWindow.length) {
                inWindow = Arrays.copyOf(inWindow, other.inWindow.length);
            }
            for (int w = 0; w < other.inWindow.length; w++) {
                inWindow[w] += other.inWindow[w];
            }
        }
    }
}
