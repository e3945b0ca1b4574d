package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * How a word of a language falls into syllables, named by a profile's {@code segmentation.syllables}. The
 * splitters of scripts with orthographic syllables (Khmer, Myanmar) come from their language packages through
 * the language-module interface; the two that need no knowledge of a script are here: {@link #SPACED}
 * (Vietnamese writes a space between the syllables of a word) and {@link #NONE} (the word is its own unit).
 *
 * <p>Implementations are pure functions over text: stateless and thread-safe.
 */
@FunctionalInterface
public interface SyllableSplitter {
    /** Name of {@link #SPACED} in profiles. */
    String SPACED_NAME = "spaced";
    /** Name of {@link #NONE} in profiles. */
    String NONE_NAME = "none";

    /** The syllables of {@code text[start, end)} as [start, end) pairs, in order; whitespace is never part of one. */
    List<int[]> split(CharSequence text, int start, int end);

    /** The units between whitespace. */
    SyllableSplitter SPACED = (text, start, end) -> {
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
    };

    /** The whole stretch as one unit (nothing for an empty one). */
    SyllableSplitter NONE = (text, start, end) -> end > start ? List.of(new int[] {start, end}) : List.of();
}
