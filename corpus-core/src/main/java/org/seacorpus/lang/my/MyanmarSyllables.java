package org.seacorpus.lang.my;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Burmese (and Shan, which uses the same script) into written syllables. A syllable starts at a consonant
 * or independent vowel unless that letter is stacked under the one before it (it follows the virama U+1039) or
 * is the killed final of the syllable before it (asat U+103A follows it, possibly after the dot below U+1037,
 * or the virama follows it, as in kinzi). Runs of digits are one piece, and so is any run of other characters.
 *
 * <p>Source: the Myanmar block's structure as described in the Unicode Standard, chapter 16.3, and Unicode
 * Technical Note #11 (Representing Myanmar in Unicode). Pure functions; thread-safe.
 */
public final class MyanmarSyllables {
    private static final char VIRAMA = '\u1039';
    private static final char ASAT = '\u103A';
    private static final char DOT_BELOW = '\u1037';

    private MyanmarSyllables() {
    }

    /** The syllables of {@code text[start, end)} as contiguous [start, end) pairs covering the whole range. */
    public static List<int[]> split(CharSequence text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int pieceStart = start;
        for (int i = start + 1; i < end; i++) {
            if (startsPiece(text, i, end)) {
                out.add(new int[] {pieceStart, i});
                pieceStart = i;
            }
        }
        if (end > start) {
            out.add(new int[] {pieceStart, end});
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

    private static boolean startsPiece(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        char prev = text.charAt(i - 1);
        Kind kind = kind(c);
        Kind prevKind = kind(prev);
        if (kind == Kind.DIGIT || prevKind == Kind.DIGIT) {
            return kind != prevKind;
        }
        if (kind == Kind.OTHER || prevKind == Kind.OTHER) {
            return kind != prevKind;
        }
        if (kind == Kind.PUNCTUATION || prevKind == Kind.PUNCTUATION) {
            return true;
        }
        if (kind != Kind.LETTER || prev == VIRAMA) {
            return false;
        }
        return !killed(text, i, end);
    }

    /** A letter followed by asat (after an optional dot below) or by the virama closes the syllable before it. */
    private static boolean killed(CharSequence text, int i, int end) {
        int j = i + 1;
        if (j < end && text.charAt(j) == DOT_BELOW) {
            j++;
        }
        return j < end && (text.charAt(j) == ASAT || text.charAt(j) == VIRAMA);
    }

    private enum Kind { LETTER, MARK, DIGIT, PUNCTUATION, OTHER }

    private static Kind kind(char c) {
        boolean myanmar = (c >= '\u1000' && c <= '\u109F') || (c >= '\uAA60' && c <= '\uAA7F')
                || (c >= '\uA9E0' && c <= '\uA9FF');
        if (!myanmar) {
            return Kind.OTHER;
        }
        return switch (Character.getType(c)) {
            case Character.OTHER_LETTER -> Kind.LETTER;
            case Character.DECIMAL_DIGIT_NUMBER -> Kind.DIGIT;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK -> Kind.MARK;
            default -> Kind.PUNCTUATION;
        };
    }
}
