package org.seacorpus.lang.identify;

import com.ibm.icu.text.Normalizer2;

/**
 * Cuts text into the features of the n-gram model: for every word, its character n-grams of orders 1…N over the
 * word padded with the boundary marker {@code _} (so {@code "yang"} gives {@code _y, ya, …, _yang_}), and the
 * whole padded word as a feature of order 0.
 *
 * <p>Words are runs of letters and combining marks, lower-cased after NFC; an apostrophe or hyphen between two
 * letters stays in the word (Tetum {@code ne'e}, Tagalog {@code mag-aral}, Indonesian {@code anak-anak}), anything
 * else (digits, punctuation, symbols, spaces) ends it. Words longer than {@value #MAX_WORD} characters are cut
 * there. The scheme is the boundary-marked character n-gram profile of Cavnar and Trenkle (1994,
 * "N-Gram-Based Text Categorization") used as naive-Bayes features, as in Dunning (1994, "Statistical
 * Identification of Language") and Google's langdetect.
 */
public final class NgramFeatures {
    /** The word feature's order. */
    public static final int WORD = 0;
    public static final int MAX_WORD = 40;
    public static final char BOUNDARY = '_';
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Receives each feature once per occurrence. */
    @FunctionalInterface
    public interface Sink {
        void accept(int order, String gram);
    }

    private NgramFeatures() {
    }

    /** Feeds every feature of {@code text} up to n-gram order {@code maxOrder} to {@code sink}. */
    public static void extract(CharSequence text, int maxOrder, Sink sink) {
        String nfc = NFC.normalize(text);
        StringBuilder word = new StringBuilder();
        int n = nfc.length();
        for (int i = 0; i < n; ) {
            int cp = nfc.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                if (word.length() < MAX_WORD) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (isJoiner(cp) && !word.isEmpty() && i + len < n && isWordChar(nfc.codePointAt(i + len))) {
                if (word.length() < MAX_WORD) {
                    word.append(cp == '-' || cp == '‐' ? '-' : '\'');
                }
            } else if (!word.isEmpty()) {
                emit(word, maxOrder, sink);
                word.setLength(0);
            }
            i += len;
        }
        if (!word.isEmpty()) {
            emit(word, maxOrder, sink);
        }
    }

    /** Counts the letters a feature extraction would see (the length measure used for calibration). */
    public static int letters(CharSequence text) {
        return letters(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #letters(CharSequence)}, counting no further than {@code enough}: the count when it is below
     * {@code enough}, else {@code enough}. Tells whether a text has {@code enough} letters without reading the rest.
     */
    static int letters(CharSequence text, int enough) {
        int count = 0;
        for (int i = 0; i < text.length() && count < enough; ) {
            char c = text.charAt(i);
            if (c < 0x80) {   // ASCII: the letters are A-Z and a-z, as Character.isLetter says
                int lower = c | 0x20;
                count += lower >= 'a' && lower <= 'z' ? 1 : 0;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    private static void emit(StringBuilder word, int maxOrder, Sink sink) {
        String padded = BOUNDARY + word.toString() + BOUNDARY;
        sink.accept(WORD, padded);
        int[] offsets = padded.codePoints().toArray();
        for (int order = 1; order <= maxOrder; order++) {
            for (int start = 0; start + order <= offsets.length; start++) {
                if (order == 1 && offsets[start] == BOUNDARY) {
                    continue;
                }
                sink.accept(order, new String(offsets, start, order));
            }
        }
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '-' || cp == '‐';
    }
}
