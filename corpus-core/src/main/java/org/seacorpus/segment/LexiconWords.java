package org.seacorpus.segment;

import java.util.Arrays;
import java.util.List;

import com.ibm.icu.lang.UScript;

/**
 * Dictionary segmentation of a script written without spaces between words (Thai, Lao, Khmer, Burmese): each run
 * of the script's letters is cut into the sequence of words of least total cost, the unigram model of
 * dictionary segmenters since Sproat et al. (1996), solved by dynamic programming over the run's clusters.
 *
 * <ul>
 *   <li>Boundaries fall only between clusters (the language's {@link SyllableSplitter}: Thai character clusters,
 *       Khmer clusters, Burmese syllables), so no word ever starts inside a vowel or a stacked consonant.</li>
 *   <li>A word of the {@link Lexicon} costs {@code ln(total / count)}; a word of the language's convention list or
 *       of the user's dictionary costs at most {@link #LISTED}, so listed words win over their parts.</li>
 *   <li>A stretch of up to {@value #MAX_UNKNOWN} clusters that is in no list may be one unknown word, at a cost
 *       higher than any listed word plus a little per cluster: a transliterated name that the lists lack stays
 *       one word instead of falling into whatever short words it happens to contain. Adjacent unknown stretches
 *       are one word.</li>
 *   <li>A letter written three times or more in a row (Thai {@code มากกกก}, "veeery") belongs to the word it
 *       lengthens: the lists are looked up as if it were written once.</li>
 * </ul>
 * Everything between runs (Latin, digits, punctuation, other scripts) goes to ICU. Immutable; thread-safe.
 */
final class LexiconWords {
    /** The highest cost a listed word (convention list, user dictionary) can have. */
    static final float LISTED = cost("seacorpus.segment.listed", 6.0f);
    /** Unknown words cost this much more than the rarest listed word... */
    static final float UNKNOWN_START = cost("seacorpus.segment.unknownStart", 4.0f);
    /** ... plus this much per cluster. */
    static final float UNKNOWN_CLUSTER = cost("seacorpus.segment.unknownCluster", 8f);
    /** Added to the cost of every lexicon word: below zero favours more, shorter words. */
    static final float BIAS = cost("seacorpus.segment.bias", -3f);
    /** The longest unknown stretch, in clusters, considered as one edge (longer ones are several). */
    static final int MAX_UNKNOWN = 8;
    private static final byte LISTED_WORD = 1;
    private static final byte UNKNOWN = 2;

    private final Lexicon lexicon;
    private final Lexicon listed;
    private final SyllableSplitter clusters;
    private final int script;
    private final float unknownStart;

    /**
     * @param lexicon  the language's counted word list
     * @param listed   the convention list and the user's words, or null
     * @param clusters the units a word is made of
     * @param script   the ISO 15924 code of the script whose runs this segments
     */
    LexiconWords(Lexicon lexicon, Lexicon listed, SyllableSplitter clusters, String script) {
        this.lexicon = lexicon;
        this.listed = listed;
        this.clusters = clusters;
        this.script = UScript.getCodeFromName(script);
        this.unknownStart = lexicon.worstCost() + UNKNOWN_START;
    }

    private static float cost(String property, float fallback) {
        String value = System.getProperty(property);
        return value == null ? fallback : Float.parseFloat(value);
    }

    /** Adds the words of {@code text[from, to)}, offsets in {@code text}: runs of the script here, the rest by ICU. */
    void words(String text, int from, int to, IcuSegmenter icu, List<Token> out) {
        int other = from;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!inRun(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < to) {
                int c = text.codePointAt(end);
                if (!inRun(c) && !(isJoiner(c) && end + 1 < to && inRun(text.codePointAt(end + 1)))) {
                    break;
                }
                end += Character.charCount(c);
            }
            icu.words(text, other, i, out);
            run(text, i, end, out);
            other = end;
            i = end;
        }
        icu.words(text, other, to, out);
    }

    /** A letter or mark of the script; repetition marks (ๆ ໆ ៗ) stay words of their own. */
    private boolean inRun(int cp) {
        if (UScript.getScript(cp) != script) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_LETTER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    /** Cuts one run {@code text[s, e)} into words. */
    private void run(String text, int s, int e, List<Token> out) {
        int n = e - s;
        Scratch scratch = SCRATCH.get().ensure(n);
        char[] chars = scratch.chars;
        text.getChars(s, e, chars, 0);
        boolean[] absorbed = lengthening(chars, n, scratch);
        boolean[] boundary = scratch.boundary;
        Arrays.fill(boundary, 0, n + 1, false);
        for (int[] c : clusters.split(text, s, e)) {
            boundary[c[0] - s] = true;
        }
        boundary[n] = true;
        if (absorbed != null) {
            for (int k = 0; k < n; k++) {
                if (absorbed[k]) {
                    boundary[k] = false;
                }
            }
        }
        float[] best = scratch.best;
        int[] back = scratch.back;
        byte[] how = scratch.how;
        Arrays.fill(best, 0, n + 1, Float.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (!boundary[i] || best[i] == Float.POSITIVE_INFINITY) {
                continue;
            }
            walk(lexicon, BIAS, Float.POSITIVE_INFINITY, (byte) 0, chars, n, i, absorbed, boundary, best, back, how);
            if (listed != null) {
                walk(listed, 0, LISTED, LISTED_WORD, chars, n, i, absorbed, boundary, best, back, how);
            }
            int k = i;
            for (int c = 1; c <= MAX_UNKNOWN && k < n; c++) {
                k++;
                while (k < n && !boundary[k]) {
                    k++;
                }
                float cost = best[i] + unknownStart + UNKNOWN_CLUSTER * c;
                if (cost < best[k]) {
                    best[k] = cost;
                    back[k] = i;
                    how[k] = UNKNOWN;
                }
            }
        }
        emit(text, s, n, back, how, scratch, out);
    }

    /** Relaxes the ends of the words of {@code words} that start at {@code i} of the run {@code chars[0, n)}. */
    private static void walk(Lexicon words, float bias, float cap, byte kind, char[] chars, int n, int i,
                             boolean[] absorbed, boolean[] boundary, float[] best, int[] back, byte[] how) {
        int node = Lexicon.root();
        float from = best[i];
        for (int p = i; p < n; p++) {
            if (absorbed != null && absorbed[p]) {
                continue;
            }
            node = words.child(node, chars[p]);
            if (node < 0) {
                return;
            }
            float c = words.cost(node);
            if (Float.isNaN(c)) {
                continue;
            }
            int end = p + 1;
            while (absorbed != null && end < n && absorbed[end]) {
                end++;
            }
            float cost = from + Math.min(c + bias, cap);
            if (boundary[end] && cost < best[end]) {
                best[end] = cost;
                back[end] = i;
                how[end] = kind;
            }
        }
    }

    /** The words of the best path, in order; adjacent unknown stretches are one word. */
    private static void emit(String text, int s, int n, int[] back, byte[] how, Scratch scratch, List<Token> out) {
        int[] ends = scratch.ends;
        int pieces = 0;
        for (int k = n; k > 0; k = back[k]) {
            ends[pieces++] = k;   // the path's ends, last first
        }
        int p = pieces - 1;
        while (p >= 0) {
            int end = ends[p];
            int start = back[end];
            while (how[end] == UNKNOWN && p > 0 && how[ends[p - 1]] == UNKNOWN) {
                p--;
                end = ends[p];
            }
            out.add(new Token(text.substring(s + start, s + end), s + start, s + end, Token.Kind.WORD));
            p--;
        }
    }

    /** Each thread's working arrays for the runs it cuts, grown to the longest run seen. */
    private static final class Scratch {
        char[] chars = new char[0];
        boolean[] absorbed = new boolean[0];
        boolean[] boundary = new boolean[1];
        float[] best = new float[1];
        int[] back = new int[1];
        byte[] how = new byte[1];
        int[] ends = new int[1];

        /**
         * Room for a run of {@code n} chars; arrays grown past a million chars for one long run (17 bytes a char)
         * are given back when the next run needs much less, as {@code TextKeys}' buffers are.
         */
        Scratch ensure(int n) {
            boolean oversized = chars.length > 1 << 20 && chars.length > 4 * n;
            if (chars.length < n || oversized) {
                int size = oversized ? Math.max(n, 4096) : Math.max(n, chars.length * 2);
                chars = new char[size];
                absorbed = new boolean[size];
                boundary = new boolean[size + 1];
                best = new float[size + 1];
                back = new int[size + 1];
                how = new byte[size + 1];
                ends = new int[size + 1];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Positions of letters of {@code chars[0, n)} repeating the one before for the third time or more, marked in the
     * scratch's array, or null when there are none.
     */
    private static boolean[] lengthening(char[] chars, int n, Scratch scratch) {
        boolean[] absorbed = null;
        for (int i = 2; i < n; i++) {
            char c = chars[i];
            if (c == chars[i - 1] && c == chars[i - 2] && Character.isLetter(c)) {
                if (absorbed == null) {
                    absorbed = scratch.absorbed;
                    Arrays.fill(absorbed, 0, n, false);
                }
                absorbed[i] = true;
                absorbed[i - 1] = true;
            }
        }
        return absorbed;
    }
}
