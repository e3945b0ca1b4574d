package org.seacorpus.normalize;

import java.util.function.IntPredicate;

/**
 * What the generic rules need to know of the scripts that the corpus's languages are written in, handed in by the
 * language layer (which builds it once from the language modules and their profiles), since this package names no
 * script:
 *
 * @param own      the characters of the languages' own scripts beyond the generic blocks (Thai, Lao, Burmese,
 *                 Khmer, Tamil, Han…): a mojibake repair into one of them is a repair, not a false alarm
 *                 ({@link MojibakeRule})
 * @param unspaced the characters of the scripts written without spaces between words, between whose letters a zero
 *                 width space marks a word boundary and is kept ({@link ZeroWidthRule})
 */
public record ScriptLetters(IntPredicate own, IntPredicate unspaced) {
    /** No language's script: only the generic blocks are repaired into, and every zero width space is removed. */
    public static final ScriptLetters NONE = new ScriptLetters(cp -> false, cp -> false);

    public ScriptLetters {
        if (own == null || unspaced == null) {
            throw new IllegalArgumentException("both sets of script letters are needed (ScriptLetters.NONE for none)");
        }
    }
}
