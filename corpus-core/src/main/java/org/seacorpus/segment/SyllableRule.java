package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.lang.km.KhmerSyllables;
import org.seacorpus.lang.my.MyanmarSyllables;

/**
 * How a word of a language falls into syllables, named by the profile's {@code segmentation.syllables}: the
 * Khmer and Myanmar orthographic rules of {@code lang/km} and {@code lang/my}, spaced syllables (Vietnamese
 * writes a space between the syllables of a word), or none (the word is its own unit).
 */
public enum SyllableRule {
    KHMER, MYANMAR, SPACED, NONE;

    public static SyllableRule named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The syllables of {@code text[start, end)} as [start, end) pairs; whitespace is never part of one. */
    public List<int[]> split(CharSequence text, int start, int end) {
        return switch (this) {
            case KHMER -> KhmerSyllables.split(text, start, end);
            case MYANMAR -> MyanmarSyllables.split(text, start, end);
            case SPACED -> spaced(text, start, end);
            case NONE -> end > start ? List.of(new int[] {start, end}) : List.of();
        };
    }

    private static List<int[]> spaced(CharSequence text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }
}
