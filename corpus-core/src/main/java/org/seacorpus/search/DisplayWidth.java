package org.seacorpus.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns a text takes, and how to pad or cut it without breaking a character stack.
 * Widths follow the terminal convention ({@code wcwidth}, UAX #11): non-spacing and enclosing marks (Thai, Lao,
 * Khmer and Burmese vowels and tone marks above and below) and format characters take none; East Asian wide
 * and fullwidth characters take two; everything else one. Text is only ever cut between clusters: a base
 * character with its marks (UAX #29 Extend and SpacingMark), and across ZWJ and the stacking joiners that put the
 * next consonant under the previous one (Unicode's Indic_Syllabic_Category Invisible_Stacker: Khmer coeng U+17D2,
 * Myanmar virama U+1039, Tai Tham sakot U+1A60 and the like in other scripts).
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL) {
            return 0;
        }
        if (cp == 0x200B) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** The offset where the cluster starting at {@code from} ends. */
    public static int clusterEnd(CharSequence text, int from) {
        int cp = Character.codePointAt(text, from);
        int end = from + Character.charCount(cp);
        boolean join = joinsNext(cp);
        while (end < text.length()) {
            int next = Character.codePointAt(text, end);
            if (!join && !extendsPrevious(next)) {
                break;
            }
            join = joinsNext(next);
            end += Character.charCount(next);
        }
        return end;
    }

    private static boolean joinsNext(int cp) {
        return cp == 0x200D || UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
                == UCharacter.IndicSyllabicCategory.INVISIBLE_STACKER
                || UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK)
                == UCharacter.GraphemeClusterBreak.PREPEND;
    }

    private static boolean extendsPrevious(int cp) {
        int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
        return gcb == UCharacter.GraphemeClusterBreak.EXTEND || gcb == UCharacter.GraphemeClusterBreak.SPACING_MARK
                || gcb == UCharacter.GraphemeClusterBreak.ZWJ;
    }

    /** Pads with spaces on the right to {@code columns}, or cuts (never inside a stack) and marks the cut …. */
    public static String fit(String text, int columns) {
        String cut = truncate(text, columns);
        return cut + " ".repeat(Math.max(0, columns - of(cut)));
    }

    /** At most {@code columns} wide: the text itself, or its first clusters followed by …. */
    public static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int end = clusterEnd(text, i);
            int w = of(text.subSequence(i, end));
            if (used + w > columns - 1) {
                break;
            }
            out.append(text, i, end);
            used += w;
            i = end;
        }
        return columns > 0 ? out.append('…').toString() : "";
    }

    /**
     * Right-aligns in {@code columns}: pads with spaces on the left, or keeps the last clusters that fit behind
     * a leading … (the left context of a concordance line, whose end must stay next to the hit).
     */
    public static String fitLeft(String text, int columns) {
        int width = of(text);
        if (width <= columns) {
            return " ".repeat(columns - width) + text;
        }
        int start = text.length();
        int used = 0;
        int[] starts = clusterStarts(text);
        for (int k = starts.length - 1; k >= 0; k--) {
            int w = of(text.subSequence(starts[k], start));
            if (used + w > columns - 1) {
                break;
            }
            used += w;
            start = starts[k];
        }
        return columns <= 0 ? "" : " ".repeat(columns - 1 - used) + "…" + text.substring(start);
    }

    private static int[] clusterStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i = clusterEnd(text, i)) {
            starts[n++] = i;
        }
        return java.util.Arrays.copyOf(starts, n);
    }
}
