package org.seacorpus.segment;

import java.util.ArrayList;
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
 *
 * <p>The oracle of the fast paths: this is the step as it was written at e53ed14 (session 11's start), kept unchanged
 * in the test tree so that {@link ReferenceSegmenter} can check the shipped segmenter against it.
 */final class ReferenceLexiconWords {
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
    ReferenceLexiconWords(Lexicon lexicon, Lexicon listed, SyllableSplitter clusters, String script) {
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
        boolean[] absorbed = lengthening(text, s, e);
        boolean[] boundary = new boolean[n + 1];
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
        float[] best = new float[n + 1];
        int[] back = new int[n + 1];
        byte[] how = new byte[n + 1];
        Arrays.fill(best, Float.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (!boundary[i] || best[i] == Float.POSITIVE_INFINITY) {
                continue;
            }
            walk(lexicon, BIAS, Float.POSITIVE_INFINITY, (byte) 0, text, s, n, i, absorbed, boundary, best, back, how);
            if (listed != null) {
                walk(listed, 0, LISTED, LISTED_WORD, text, s, n, i, absorbed, boundary, best, back, how);
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
        emit(text, s, n, back, how, out);
    }

    /** Relaxes the ends of the words of {@code words} that start at {@code i}. */
    private static void walk(Lexicon words, float bias, float cap, byte kind, String text, int s, int n, int i,
                             boolean[] absorbed, boolean[] boundary, float[] best, int[] back, byte[] how) {
        int node = Lexicon.root();
        for (int p = i; p < n; p++) {
            if (absorbed != null && absorbed[p]) {
                continue;
            }
            node = words.child(node, text.charAt(s + p));
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
            float cost = best[i] + Math.min(c + bias, cap);
            if (boundary[end] && cost < best[end]) {
                best[end] = cost;
                back[end] = i;
                how[end] = kind;
            }
        }
    }

    private static void emit(String text, int s, int n, int[] back, byte[] how, List<Token> out) {
        List<int[]> pieces = new ArrayList<>();
        for (int k = n; k > 0; k = back[k]) {
            pieces.add(new int[] {back[k], k, how[k]});
        }
        for (int p = pieces.size() - 1; p >= 0; p--) {
            int[] piece = pieces.get(p);
            int start = piece[0];
            int end = piece[1];
            while (piece[2] == UNKNOWN && p > 0 && pieces.get(p - 1)[2] == UNKNOWN) {
                p--;
                end = pieces.get(p)[1];
            }
            out.add(new Token(text.substring(s + start, s + end), s + start, s + end, Token.Kind.WORD));
        }
    }

    /** Positions (relative to s) of letters repeating the one before for the third time or more, or null. */
    private static boolean[] lengthening(String text, int s, int e) {
        boolean[] absorbed = null;
        for (int i = s + 2; i < e; i++) {
            char c = text.charAt(i);
            if (c == text.charAt(i - 1) && c == text.charAt(i - 2) && Character.isLetter(c)) {
                if (absorbed == null) {
                    absorbed = new boolean[e - s];
                }
                absorbed[i - s] = true;
                absorbed[i - 1 - s] = true;
            }
        }
        return absorbed;
    }
}
