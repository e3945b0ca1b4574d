package org.seacorpus.lang.identify;

import com.ibm.icu.text.Normalizer2;

/**
 * The features of {@link NgramFeatures} as 64-bit keys, computed straight from the text without building a string
 * per feature: the fast path of scoring. A feature's key depends only on its order and its code points, so the key
 * of a feature read from a model file ({@link #of(int, CharSequence)}) equals the key the scanner computes for the
 * same n-gram in running text ({@link #scan}).
 *
 * <p>The hash: h<sub>0</sub> = seed, h<sub>i</sub> = (h<sub>i−1</sub> xor c<sub>i</sub>) · P over the code points,
 * then the order is added and the result is finished with MurmurHash3's 64-bit mixer; 0 is never a key. It is
 * computed incrementally, so all n-grams that start at one position cost one multiplication each.
 */
final class FeatureKeys {
    private static final long SEED = 0x2545F4914F6CDD1DL;
    private static final long STEP = 0x9E3779B97F4A7C15L;
    private static final long ORDER = 0xC2B2AE3D27D4EB4FL;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Receives the key of each feature, once per occurrence. */
    interface Sink {
        /** A feature of {@code order} (0 = the whole word) with its key. */
        void feature(int order, long key);

        /**
         * A whole word (padded, its key as an order-0 feature) before its n-grams; returning true means the sink
         * has dealt with the word as a whole and its n-grams are not fed.
         */
        default boolean word(long key) {
            return false;
        }

        /**
         * The same, with the padded word's code points ({@code padded[0]} and {@code padded[length - 1]} are the
         * boundary) for a sink that needs the word itself when it does not know its key; the default forwards to
         * {@link #word(long)}. The array is reused: read it during the call only.
         */
        default boolean word(long key, int[] padded, int length) {
            return word(key);
        }
    }

    private FeatureKeys() {
    }

    /** The key of a feature given as text (the padded word for order 0, as in a model file). */
    static long of(int order, CharSequence feature) {
        long h = SEED;
        for (int i = 0; i < feature.length(); ) {
            int cp = Character.codePointAt(feature, i);
            h = step(h, cp);
            i += Character.charCount(cp);
        }
        return finish(h, order);
    }

    static long step(long h, int cp) {
        return (h ^ cp) * STEP;
    }

    static long finish(long h, int order) {
        long k = h + order * ORDER;
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k == 0 ? 1 : k;
    }

    /**
     * Feeds the key of every feature of {@code text} up to order {@code maxOrder}, exactly as
     * {@link NgramFeatures#extract} cuts them (same words, same lower-casing after NFC, same joiners).
     */
    static void scan(CharSequence text, int maxOrder, Sink sink) {
        CharSequence in = isSurelyNfc(text) || NFC.isNormalized(text) ? text : NFC.normalize(text);
        int[] word = new int[NgramFeatures.MAX_WORD + 2];
        int cps = 1;
        int chars = 0;
        word[0] = NgramFeatures.BOUNDARY;
        int n = in.length();
        for (int i = 0; i < n; ) {
            char c = in.charAt(i);
            int cp;
            int len;
            boolean wordChar;
            if (c < 0x80) {
                cp = c >= 'A' && c <= 'Z' ? c + 32 : c;
                len = 1;
                wordChar = cp >= 'a' && cp <= 'z';
            } else {
                cp = Character.codePointAt(in, i);
                len = Character.charCount(cp);
                wordChar = NgramFeatures.isWordChar(cp);
                if (wordChar) {
                    cp = Character.toLowerCase(cp);
                }
            }
            if (wordChar) {
                if (chars < NgramFeatures.MAX_WORD) {
                    word[cps++] = cp;
                    chars += Character.charCount(cp);
                }
            } else if (NgramFeatures.isJoiner(cp) && cps > 1 && i + len < n
                    && NgramFeatures.isWordChar(Character.codePointAt(in, i + len))) {
                if (chars < NgramFeatures.MAX_WORD) {
                    word[cps++] = cp == '-' || cp == '‐' ? '-' : '\'';
                    chars++;
                }
            } else if (cps > 1) {
                emit(word, cps, maxOrder, sink);
                cps = 1;
                chars = 0;
            }
            i += len;
        }
        if (cps > 1) {
            emit(word, cps, maxOrder, sink);
        }
    }

    /** Text with no character from U+0300 up cannot change under NFC (no combining marks, no singletons). */
    private static boolean isSurelyNfc(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    /** The features of one word: {@code word[0]} is the boundary, then {@code cps - 1} letters. */
    private static void emit(int[] word, int cps, int maxOrder, Sink sink) {
        word[cps] = NgramFeatures.BOUNDARY;
        padded(word, cps + 1, maxOrder, sink);
    }

    /**
     * The keys of the n-grams of orders {@code minOrder}…{@code maxOrder} of the padded word {@code word[0..m)}, in
     * the order {@link #padded} feeds them (by start, then by order; never the boundary alone), written to
     * {@code keys} (at least {@code m * maxOrder} long): the n-grams of a word a sink did not know whole, for a
     * caller that looks them up in one loop instead of one interface call each. Returns how many.
     */
    static int ngrams(int[] word, int m, int minOrder, int maxOrder, long[] keys) {
        int n = 0;
        for (int start = 0; start < m; start++) {
            long h = SEED;
            int top = Math.min(maxOrder, m - start);
            for (int order = 1; order <= top; order++) {
                h = step(h, word[start + order - 1]);
                if (order >= minOrder && (order > 1 || word[start] != NgramFeatures.BOUNDARY)) {
                    keys[n++] = finish(h, order);
                }
            }
        }
        return n;
    }

    /** The features of one padded word held in {@code word[0..m)}, boundary first and last. */
    static void padded(int[] word, int m, int maxOrder, Sink sink) {
        long whole = SEED;
        for (int i = 0; i < m; i++) {
            whole = step(whole, word[i]);
        }
        long wordKey = finish(whole, NgramFeatures.WORD);
        if (sink.word(wordKey, word, m)) {
            return;
        }
        sink.feature(NgramFeatures.WORD, wordKey);
        for (int start = 0; start < m; start++) {
            long h = SEED;
            int top = Math.min(maxOrder, m - start);
            for (int order = 1; order <= top; order++) {
                h = step(h, word[start + order - 1]);
                if (order == 1 && word[start] == NgramFeatures.BOUNDARY) {
                    continue;
                }
                sink.feature(order, finish(h, order));
            }
        }
    }
}
