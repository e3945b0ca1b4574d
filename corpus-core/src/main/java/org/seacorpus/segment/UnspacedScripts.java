package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.normalize.UnitBuffer;

/**
 * The letters of the scripts written without spaces between words, where {@link LanguageSegmenter} cuts digits
 * from letters (ICU's word rules keep {@code ปี2500} whole). This package names no script: the language layer
 * builds the set from what the language modules declare ({@code lang.LanguageModules}) and hands it in with every
 * {@link SegmentationSpec}. One bit per BMP code unit (8 KB, one look per char on the hot path); ranges past the
 * BMP are asked only at a surrogate, and only when some module declares one. Immutable and thread-safe.
 */
public final class UnspacedScripts {
    /** No script is unspaced: digits are never cut from letters. */
    public static final UnspacedScripts NONE = new Builder().build();

    private static final int BMP = 0x10000;

    private final long[] bits;
    /** First and last code point of each range past the BMP, in pairs. */
    private final int[] supplementary;
    private final boolean empty;
    /**
     * The lowest BMP char in the table (U+0E00 for the built-in languages): most text (Latin, digits, spaces) is
     * below it and is told apart by one comparison, without a look at the table.
     */
    private final char low;

    private UnspacedScripts(long[] bits, int[] supplementary) {
        this.bits = bits;
        this.supplementary = supplementary;
        boolean none = supplementary.length == 0;
        for (int i = 0; i < bits.length && none; i++) {
            none = bits[i] == 0;
        }
        this.empty = none;
        int first = Character.MAX_VALUE;
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                first = i * Long.SIZE + Long.numberOfTrailingZeros(bits[i]);
                break;
            }
        }
        // a range past the BMP is found through its surrogates (U+D800 on): the look starts there at the latest
        this.low = (char) (supplementary.length == 0 ? first : Math.min(first, Character.MIN_SURROGATE));
    }

    /** Collects ranges of code points; the same range given twice (or overlapping ones) is fine. */
    public static final class Builder {
        private final long[] bits = new long[BMP / Long.SIZE];
        private final List<int[]> supplementary = new ArrayList<>();

        /**
         * Adds the code points {@code first..last}, both included.
         *
         * @throws IllegalArgumentException when the range is empty or not of code points
         */
        public Builder add(int first, int last) {
            if (first < 0 || last > Character.MAX_CODE_POINT || last < first) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "not a code point range: U+%04X..U+%04X", first, last));
            }
            for (int cp = first; cp <= Math.min(last, BMP - 1); cp++) {
                if (!Character.isSurrogate((char) cp)) {   // halves of pairs are no characters
                    bits[cp >>> 6] |= 1L << cp;
                }
            }
            if (last >= BMP) {
                supplementary.add(new int[] {Math.max(first, BMP), last});
            }
            return this;
        }

        public UnspacedScripts build() {
            int[] ranges = new int[supplementary.size() * 2];
            for (int i = 0; i < supplementary.size(); i++) {
                ranges[2 * i] = supplementary.get(i)[0];
                ranges[2 * i + 1] = supplementary.get(i)[1];
            }
            return new UnspacedScripts(bits.clone(), ranges);
        }
    }

    /** True when no script is unspaced. */
    public boolean isEmpty() {
        return empty;
    }

    /** True when the code point is a character of an unspaced script. */
    public boolean contains(int cp) {
        if (cp < BMP) {
            return (bits[cp >>> 6] & (1L << cp)) != 0;
        }
        for (int k = 0; k < supplementary.length; k += 2) {
            if (cp >= supplementary[k] && cp <= supplementary[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the char at {@code i} belongs to a character of an unspaced script: a BMP char by itself, either
     * half of a surrogate pair by the pair's code point.
     */
    boolean at(String text, int i) {
        char c = text.charAt(i);
        if (c < low) {
            return false;
        }
        if ((bits[c >>> 6] & (1L << c)) != 0) {
            return true;
        }
        return supplementary.length > 0 && Character.isSurrogate(c) && contains(text.codePointAt(
                Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i));
    }

    private static final int CHUNK = 256;
    private static final UnitBuffer UNITS = new UnitBuffer(CHUNK);

    /** True when some char of {@code text} belongs to an unspaced script (no digit edge can be cut otherwise). */
    boolean anyIn(String text) {
        if (empty) {
            return false;
        }
        boolean astral = supplementary.length > 0;
        // read from copies of up to 256 units, not with charAt: on strings of both internal forms (Latin-1, UTF-16)
        // a charAt loop's checks failed and its callers were compiled again
        int n = text.length();
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            char[] units = UNITS.copy(text, from, to);
            for (int k = 0, m = to - from; k < m; k++) {
                char c = units[k];
                if (c >= low && ((bits[c >>> 6] & (1L << c)) != 0
                        || astral && Character.isSurrogate(c) && at(text, from + k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
