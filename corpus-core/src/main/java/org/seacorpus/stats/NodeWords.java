package org.seacorpus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.index.WordForm;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * A word as the user typed it, cut into words the way each language's segmenter cuts text, so that a node such as
 * ข้าวเหนียว (which Thai segmentation may split into ข้าว + เหนียว) is matched as the same sequence of words the
 * documents were cut into. Thread-safe.
 */
final class NodeWords {
    private final String node;
    private final Segmenters segmenters;
    private final Map<String, String[]> byLanguage = new ConcurrentHashMap<>();

    NodeWords(String node, Segmenters segmenters) {
        this.node = node;
        this.segmenters = segmenters;
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("no word given; name the word to look for");
        }
    }

    String text() {
        return node;
    }

    /** The folded words of the node in {@code lang}; empty when the segmenter finds no word in it. */
    String[] words(String lang) {
        return byLanguage.computeIfAbsent(lang == null ? "und" : lang, l -> {
            List<String> out = new ArrayList<>();
            for (Token token : segmenters.forLanguage(l).words(node)) {
                if (token.kind() == Token.Kind.WORD) {
                    out.add(WordForm.fold(token.text()));
                }
            }
            return out.toArray(String[]::new);
        });
    }

    /** Start positions of the node in a document's words. */
    static int[] positions(String[] words, String[] node) {
        if (node.length == 0) {
            return new int[0];
        }
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i + node.length <= words.length; i++) {
            if (matchesAt(words, node, i)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean matchesAt(String[] words, String[] node, int at) {
        for (int k = 0; k < node.length; k++) {
            if (!words[at + k].equals(node[k])) {
                return false;
            }
        }
        return true;
    }
}
