package org.seacorpus.stats;

import java.util.Arrays;

import org.apache.lucene.util.ArrayUtil;

/**
 * The words of one document as ids of a {@link Vocabulary}, in text order: numbers, URLs and e-mail addresses are
 * left out, but they (and sentence ends) break word sequences, exactly as {@link SubcorpusScanner} counts words.
 * A worker refills one instance per document.
 */
final class WordRun {
    /** The document (an id of the whole reader). */
    int doc;
    /** Its language code. */
    String lang;
    /** The value of the field the parts of a dispersion are made of, when asked. */
    String part;
    int size;
    /** Folded form of each word. */
    int[] words = new int[256];
    /** Written form of each word, or -1 when it is written as folded. */
    int[] written = new int[256];
    /** True where a sentence end or a non-word comes between word {@code i - 1} and word {@code i}. */
    boolean[] breakBefore = new boolean[256];

    void clear(int docId, String language) {
        doc = docId;
        lang = language;
        part = null;
        size = 0;
    }

    void add(int form, int surface, boolean brokenBefore) {
        if (size == words.length) {
            int length = ArrayUtil.oversize(size + 1, Integer.BYTES);
            words = Arrays.copyOf(words, length);
            written = Arrays.copyOf(written, length);
            breakBefore = Arrays.copyOf(breakBefore, length);
        }
        words[size] = form;
        written[size] = surface;
        breakBefore[size] = brokenBefore && size > 0;
        size++;
    }
}
