package org.seacorpus.lang.km;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Khmer into written syllables in two steps. First clusters: a consonant or independent vowel with the
 * subscripts (coeng U+17D2 + consonant), vowels and signs that follow it. Then a cluster without a vowel of its
 * own is the final consonant of the syllable before it when it ends the run, is followed by a cluster with a
 * vowel, or carries a final sign (bantoc ់, toandakhiat ៍); otherwise it starts a syllable with the inherent
 * vowel. So ការងារ is ការ|ងារ and ប្រជាជន is ប្រ|ជា|ជន.
 *
 * <p>Source: the Khmer block's structure in the Unicode Standard, chapter 16.4; the cluster step is the Khmer
 * character cluster of the segmentation literature, the final-consonant step a simple reading of Khmer
 * orthography (C(V)(C) syllables). Index and query are cut the same way, which matters more than perfect
 * syllables. Pure functions; thread-safe.
 */
public final class KhmerSyllables {
    private static final char COENG = '\u17D2';

    private KhmerSyllables() {
    }

    /** The syllables of {@code text[start, end)} as contiguous [start, end) pairs covering the whole range. */
    public static List<int[]> split(CharSequence text, int start, int end) {
        List<int[]> clusters = clusters(text, start, end);
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < clusters.size()) {
            int[] syllable = clusters.get(i).clone();
            i++;
            if (isConsonantCluster(text, syllable) && i < clusters.size() && isCoda(text, clusters, i)) {
                syllable[1] = clusters.get(i)[1];
                i++;
            }
            out.add(syllable);
        }
        return out;
    }

    /** The syllables of a whole string. */
    public static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        for (int[] piece : split(text, 0, text.length())) {
            out.add(text.substring(piece[0], piece[1]));
        }
        return out;
    }

    private static boolean isCoda(CharSequence text, List<int[]> clusters, int i) {
        int[] c = clusters.get(i);
        if (!isConsonantCluster(text, c) || hasVowel(text, c)) {
            return false;
        }
        if (hasFinalSign(text, c)) {
            return true;
        }
        if (i + 1 >= clusters.size()) {
            return true;
        }
        int[] next = clusters.get(i + 1);
        return !isConsonantCluster(text, next) || hasVowel(text, next);
    }

    /**
     * The clusters of {@code text[start, end)}: a consonant or independent vowel with its subscripts, vowels and
     * signs. The units of the lexicon segmentation: a word never begins inside one.
     */
    public static List<int[]> clusters(CharSequence text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int clusterStart = start;
        for (int i = start + 1; i < end; i++) {
            if (startsCluster(text.charAt(i - 1), text.charAt(i))) {
                out.add(new int[] {clusterStart, i});
                clusterStart = i;
            }
        }
        if (end > start) {
            out.add(new int[] {clusterStart, end});
        }
        return out;
    }

    private static boolean startsCluster(char prev, char c) {
        boolean khmer = isKhmer(c);
        boolean prevKhmer = isKhmer(prev);
        if (!khmer || !prevKhmer) {
            return khmer != prevKhmer;
        }
        if (isDigit(c) || isDigit(prev)) {
            return isDigit(c) != isDigit(prev);
        }
        if (isSymbol(c) || isSymbol(prev)) {
            return true;
        }
        return isBase(c) && prev != COENG;
    }

    private static boolean isConsonantCluster(CharSequence text, int[] c) {
        char first = text.charAt(c[0]);
        return first >= '\u1780' && first <= '\u17A2';
    }

    private static boolean hasVowel(CharSequence text, int[] c) {
        for (int i = c[0]; i < c[1]; i++) {
            char ch = text.charAt(i);
            if (ch >= '\u17B6' && ch <= '\u17C8') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFinalSign(CharSequence text, int[] c) {
        for (int i = c[0]; i < c[1]; i++) {
            char ch = text.charAt(i);
            if (ch == '\u17CB' || ch == '\u17CD' || ch == '\u17CE') {
                return true;
            }
        }
        return false;
    }

    private static boolean isKhmer(char c) {
        return (c >= '\u1780' && c <= '\u17FF') || (c >= '\u19E0' && c <= '\u19FF');
    }

    private static boolean isBase(char c) {
        return c >= '\u1780' && c <= '\u17B3';
    }

    private static boolean isDigit(char c) {
        return c >= '\u17E0' && c <= '\u17E9';
    }

    private static boolean isSymbol(char c) {
        return (c >= '\u17D4' && c <= '\u17DC' && c != '\u17DD') || (c >= '\u17F0' && c <= '\u17F9')
                || (c >= '\u19E0' && c <= '\u19FF');
    }
}
