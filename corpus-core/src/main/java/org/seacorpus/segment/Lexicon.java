package org.seacorpus.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list with a cost per word, as a compact character trie, for the dictionary segmentation of scripts
 * written without spaces ({@link LexiconWords}). The cost of a word is its negative log probability in the corpus
 * it was counted in, {@code ln(total / count)}; a word listed in a dictionary with no count gets the cost of a
 * word seen {@value #UNCOUNTED} times. So a frequent compound ({@code ท้องถิ่น}, seen 5,121 times in the Thai
 * National Corpus) costs less than its parts together and stays whole, and a rare listed string does not win
 * over two common words.
 *
 * <p>Format ({@code bin/build-lexicons} writes the built-in ones, {@code org/seacorpus/lang/<code>/lexicon.tsv}):
 * one {@code word TAB count} line per word, the count optional, {@code #} lines are comments.
 *
 * <p>Layout: node {@code n} has its outgoing edges at {@code [firstEdge[n], firstEdge[n + 1])}, sorted by label;
 * {@code cost[n]} is NaN when the path to {@code n} spells no word. About 10 bytes a node. Immutable; thread-safe.
 */
public final class Lexicon {
    /** The count a word listed without one is given. */
    static final double UNCOUNTED = 0.5;
    private static final Map<String, Lexicon> BUILT_IN = new ConcurrentHashMap<>();

    private final int[] firstEdge;
    private final char[] labels;
    private final int[] targets;
    private final float[] cost;
    private final int size;
    private final float worst;
    /**
     * The root's children by label, from {@link #rootLow} on (−1: none; null when they span too many labels): every walk starts at the root, whose edges
     * are the most (every letter a word starts with), so its step is one array access instead of a binary search.
     */
    private final int[] rootChildren;
    private final char rootLow;

    private Lexicon(int[] firstEdge, char[] labels, int[] targets, float[] cost, int size) {
        this(firstEdge, labels, targets, cost, size, worst(cost));
    }

    /** {@code worst}: the highest cost of a word, {@link #worst(float[])} of {@code cost} (an image's reader has it). */
    private Lexicon(int[] firstEdge, char[] labels, int[] targets, float[] cost, int size, float worst) {
        this.firstEdge = firstEdge;
        this.labels = labels;
        this.targets = targets;
        this.cost = cost;
        this.size = size;
        int first = firstEdge.length > 1 ? firstEdge[0] : 0;
        int last = firstEdge.length > 1 ? firstEdge[1] - 1 : -1;
        int span = last >= first ? labels[last] - labels[first] + 1 : 0;
        this.rootLow = last >= first ? labels[first] : 0;
        // words of scripts far apart (a user's list) would make a table of most of the BMP: search those
        this.rootChildren = span <= 8192 ? new int[span] : null;
        if (rootChildren != null) {
            java.util.Arrays.fill(rootChildren, -1);
            for (int e = first; e <= last; e++) {
                rootChildren[labels[e] - rootLow] = targets[e];
            }
        }
        this.worst = worst;
    }

    /** The highest cost of a word in {@code cost} (NaN: no word), at least 0. */
    static float worst(float[] cost) {
        float max = 0;
        for (float c : cost) {
            if (!Float.isNaN(c)) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    /** The root node, where every walk starts. */
    static int root() {
        return 0;
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    int child(int node, char c) {
        if (node == 0 && rootChildren != null) {
            int k = c - rootLow;
            return k >= 0 && k < rootChildren.length ? rootChildren[k] : -1;
        }
        int lo = firstEdge[node];
        int hi = firstEdge[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char label = labels[mid];
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }

    /** The cost of the word that the path to {@code node} spells, or NaN when it spells none. */
    float cost(int node) {
        return cost[node];
    }

    /** The cost of {@code word}, or NaN when it is not listed. */
    public float cost(CharSequence word) {
        int node = root();
        for (int i = 0; i < word.length() && node >= 0; i++) {
            node = child(node, word.charAt(i));
        }
        return node < 0 ? Float.NaN : cost[node];
    }

    /** The highest cost of any word: what a rare listed word costs. */
    float worstCost() {
        return worst;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** A built-in lexicon under {@code org/seacorpus/lang/}, e.g. {@code th/lexicon.tsv}; loaded once. */
    public static Lexicon resource(String name) {
        return BUILT_IN.computeIfAbsent(name, Lexicon::loadResource);
    }

    /** From its image ({@link LexiconImage}) while that matches the text, else parsed from the text. */
    private static Lexicon loadResource(String name) {
        String path = "/org/seacorpus/lang/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in lexicon " + path);
            }
            byte[] text = in.readAllBytes();
            try (InputStream image = Lexicon.class.getResourceAsStream(path + LexiconImage.SUFFIX)) {
                Lexicon read = image == null ? null : LexiconImage.read(image.readAllBytes(), text);
                if (read != null) {
                    return read;
                }
            }
            return parse(decode(text), path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in lexicon " + path + ": " + e.getMessage(), e);
        }
    }

    static String decode(byte[] text) {
        return new String(text, StandardCharsets.UTF_8);
    }

    /** The trie's arrays, for {@link LexiconImage} (not copied: never change them). */
    record Trie(int[] firstEdge, char[] labels, int[] targets, float[] cost) {
    }

    Trie trie() {
        return new Trie(firstEdge, labels, targets, cost);
    }

    /** The lexicon of these arrays and number of words (an image's). */
    static Lexicon of(Trie arrays, int size) {
        return new Lexicon(arrays.firstEdge(), arrays.labels(), arrays.targets(), arrays.cost(), size);
    }

    /** The same with the highest word cost known ({@link #worst(float[])} of the costs, as an image's reader finds it). */
    static Lexicon of(Trie arrays, int size, float worst) {
        return new Lexicon(arrays.firstEdge(), arrays.labels(), arrays.targets(), arrays.cost(), size, worst);
    }

    /** Parses the format above; {@code source} names the input in error messages. */
    public static Lexicon parse(String content, String source) {
        TreeMap<String, Double> counts = new TreeMap<>();
        int n = 0;
        for (String line : content.split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String word = (tab < 0 ? line : line.substring(0, tab)).strip();
            double count = 0;
            if (tab >= 0) {
                try {
                    count = Double.parseDouble(line.substring(tab + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + " line " + n + ": '" + line.strip()
                            + "' has no number after the tab; write word TAB count", e);
                }
            }
            if (!word.isEmpty()) {
                counts.merge(word, count, Double::sum);
            }
        }
        return of(counts);
    }

    /** A lexicon of the given words and counts (a count of 0: listed, not counted). */
    static Lexicon of(Map<String, Double> counts) {
        double total = 0;
        for (double c : counts.values()) {
            total += c > 0 ? c : UNCOUNTED;
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(null);
        float[] costs = new float[words.size()];
        for (int i = 0; i < words.size(); i++) {
            double c = counts.get(words.get(i));
            costs[i] = (float) Math.log(total / (c > 0 ? c : UNCOUNTED));
        }
        return build(words, costs);
    }

    /** A lexicon in which every one of {@code words} costs {@code cost}. */
    static Lexicon uniform(Collection<String> words, float cost) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(words));
        float[] costs = new float[sorted.size()];
        Arrays.fill(costs, cost);
        return build(sorted, costs);
    }

    private static Lexicon build(List<String> words, float[] costs) {
        Builder b = new Builder(words, costs);
        b.node(0, words.size(), 0);
        return b.finish();
    }

    /** Builds the trie depth first from the sorted words; each node's edge block is allotted before its children. */
    private static final class Builder {
        private final List<String> words;
        private final float[] costs;
        private int[] firstEdge = new int[1024];
        private float[] cost = new float[1024];
        private char[] labels = new char[1024];
        private int[] targets = new int[1024];
        private int nodes;
        private int edges;

        Builder(List<String> words, float[] costs) {
            this.words = words;
            this.costs = costs;
        }

        /** The node for words[lo, hi), which share their first {@code depth} chars. */
        int node(int lo, int hi, int depth) {
            int id = nodes++;
            if (id + 2 > firstEdge.length) {
                firstEdge = Arrays.copyOf(firstEdge, firstEdge.length * 2);
                cost = Arrays.copyOf(cost, cost.length * 2);
            }
            cost[id] = Float.NaN;
            if (lo < hi && words.get(lo).length() == depth) {
                cost[id] = costs[lo];
                lo++;
            }
            int groups = 0;
            for (int i = lo; i < hi; i++) {
                if (i == lo || words.get(i).charAt(depth) != words.get(i - 1).charAt(depth)) {
                    groups++;
                }
            }
            int first = edges;
            edges += groups;
            if (edges > labels.length) {
                int grow = Math.max(labels.length * 2, edges);
                labels = Arrays.copyOf(labels, grow);
                targets = Arrays.copyOf(targets, grow);
            }
            firstEdge[id] = first;
            int e = first;
            int start = lo;
            for (int i = lo + 1; i <= hi; i++) {
                if (i == hi || words.get(i).charAt(depth) != words.get(start).charAt(depth)) {
                    labels[e] = words.get(start).charAt(depth);
                    int child = node(start, i, depth + 1);   // may grow the arrays: assign after the call
                    targets[e] = child;
                    e++;
                    start = i;
                }
            }
            return id;
        }

        Lexicon finish() {
            // ids and edge blocks were both allotted on entering a node, so node n + 1's block starts where n's ends
            int[] layout = Arrays.copyOf(firstEdge, nodes + 1);
            layout[nodes] = edges;
            return new Lexicon(layout, Arrays.copyOf(labels, edges), Arrays.copyOf(targets, edges),
                    Arrays.copyOf(cost, nodes), words.size());
        }
    }
}
