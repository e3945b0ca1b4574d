package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.seacorpus.segment.Segmenters;

/**
 * Finds the collocates of a node word: the words inside a window of {@code left} words before and {@code right}
 * words after each occurrence of the node (within a document), scored by {@link AssociationMeasure}. A word in
 * the windows of two nearby occurrences is counted once; the node's own words are not counted as its
 * collocates. One pass over the subcorpus counts the collocates' frequencies and the words in the windows.
 */
public final class CollocationFinder {
    private final SubcorpusScanner scanner;
    private final Segmenters segmenters;

    public CollocationFinder(SubcorpusScanner scanner, Segmenters segmenters) {
        this.scanner = scanner;
        this.segmenters = segmenters;
    }

    /**
     * @param min collocates seen fewer times inside the windows are left out
     * @param top most collocates listed
     */
    public CollocationResult find(Query subcorpus, String node, int left, int right, AssociationMeasure measure,
                                  long min, int top) throws IOException {
        checkWindow(left, right);
        NodeWords nodeWords = new NodeWords(node, segmenters);
        Window tally = scanner.scan(subcorpus, () -> new Window(nodeWords, left, right), false, Set.of());
        List<Collocate> collocates = new ArrayList<>();
        for (Map.Entry<String, long[]> e : tally.inWindow.entrySet()) {
            long o11 = e.getValue()[0];
            if (o11 < min) {
                continue;
            }
            AssociationMeasure.Table table = new AssociationMeasure.Table(o11, tally.windowTokens,
                    tally.frequency.get(e.getKey())[0], tally.tokens, tally.nodeFrequency);
            collocates.add(collocate(tally.written.shown(e.getKey(), table.c1()), e.getKey(), table));
        }
        return result(node, tally.nodeFrequency, tally.tokens, tally.windowTokens, left, right, measure, top,
                collocates);
    }

    static void checkWindow(int left, int right) {
        if (left < 0 || right < 0 || left + right == 0) {
            throw new IllegalArgumentException("the window must hold at least one word on one side (got " + left
                    + " left, " + right + " right)");
        }
    }

    /** A collocate with every score of its contingency table. */
    static Collocate collocate(String written, String form, AssociationMeasure.Table table) {
        return new Collocate(written, table.o11(), table.c1(), table.expected(),
                AssociationMeasure.LOGDICE.score(table), AssociationMeasure.MI.score(table),
                AssociationMeasure.MI3.score(table), AssociationMeasure.TSCORE.score(table),
                AssociationMeasure.LL.score(table), form);
    }

    /** The best {@code top} collocates by {@code measure}, ties by more co-occurrences, then by folded form. */
    static CollocationResult result(String node, long nodeFrequency, long tokens, long windowTokens, int left,
                                    int right, AssociationMeasure measure, int top, List<Collocate> collocates) {
        collocates.sort(Comparator.comparingDouble((Collocate c) -> c.score(measure)).reversed()
                .thenComparing(Comparator.comparingLong(Collocate::cooccurrences).reversed())
                .thenComparing(Collocate::form));
        return new CollocationResult(node, nodeFrequency, tokens, windowTokens, left, right, measure,
                List.copyOf(collocates.subList(0, Math.min(top, collocates.size()))));
    }

    /** Word frequencies, node occurrences and the words inside the windows. */
    static final class Window implements SubcorpusScanner.Tally<Window> {
        final Map<String, long[]> frequency = new HashMap<>();
        final Map<String, long[]> inWindow = new HashMap<>();
        final WrittenForms written = new WrittenForms();
        long tokens;
        long nodeFrequency;
        long windowTokens;
        private final NodeWords node;
        private final int left;
        private final int right;

        Window(NodeWords node, int left, int right) {
            this.node = node;
            this.left = left;
            this.right = right;
        }

        @Override
        public void add(SubcorpusScanner.ScannedDocument doc) {
            String[] words = doc.words();
            tokens += words.length;
            for (int p = 0; p < words.length; p++) {
                frequency.computeIfAbsent(words[p], k -> new long[1])[0]++;
                written.add(words[p], doc.written()[p]);
            }
            String[] nodeWords = node.words(doc.lang());
            int[] at = NodeWords.positions(words, nodeWords);
            if (at.length == 0) {
                return;
            }
            nodeFrequency += at.length;
            boolean[] window = new boolean[words.length];
            boolean[] isNode = new boolean[words.length];
            for (int start : at) {
                int end = start + nodeWords.length;
                for (int p = Math.max(0, start - left); p < Math.min(words.length, end + right); p++) {
                    window[p] = true;
                }
                for (int p = start; p < end; p++) {
                    isNode[p] = true;
                }
            }
            for (int p = 0; p < words.length; p++) {
                if (window[p] && !isNode[p]) {
                    windowTokens++;
                    inWindow.computeIfAbsent(words[p], k -> new long[1])[0]++;
                }
            }
        }

        @Override
        public void merge(Window other) {
            tokens += other.tokens;
            nodeFrequency += other.nodeFrequency;
            windowTokens += other.windowTokens;
            written.merge(other.written);
            other.frequency.forEach((w, c) -> frequency.computeIfAbsent(w, k -> new long[1])[0] += c[0]);
            other.inWindow.forEach((w, c) -> inWindow.computeIfAbsent(w, k -> new long[1])[0] += c[0]);
        }
    }
}
