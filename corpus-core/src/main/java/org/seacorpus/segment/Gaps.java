package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;

/**
 * Makes a word list lossless: the characters between words that are not {@linkplain Token#isSpace spaces} become
 * tokens of their own. A token is one grapheme cluster (UAX #29), so an emoji with its skin tone, a flag or a
 * ZWJ family stays one symbol; a run of the same punctuation mark ({@code ...}, {@code !!!}, {@code ---}) is one
 * token. A combining mark with no base (after a space) is a token of kind {@link Token.Kind#OTHER}.
 *
 * <p>Invariant (tested on random mixed-script text): the tokens are in order, do not overlap, never begin or end
 * with a space, and together hold every character of the text that is not a space. Stateless; thread-safe.
 */
final class Gaps {
    private static final BreakIterator GRAPHEMES = BreakIterator.getCharacterInstance();

    private Gaps() {
    }

    /** {@code words} (in order, not overlapping) with the tokens of the gaps between them added. */
    static List<Token> fill(String text, List<Token> words) {
        List<Token> out = new ArrayList<>(words.size() + words.size() / 4 + 4);
        BreakIterator[] graphemes = new BreakIterator[1];
        int pos = 0;
        for (Token word : words) {
            gap(text, pos, word.start(), out, graphemes);
            out.add(word);
            pos = word.end();
        }
        gap(text, pos, text.length(), out, graphemes);
        return out;
    }

    /** True when {@code tokens} of {@code text} keep the invariant above (for tests and assertions). */
    static boolean lossless(String text, List<Token> tokens) {
        StringBuilder joined = new StringBuilder(text.length());
        int pos = 0;
        for (Token t : tokens) {
            if (t.start() < pos || t.end() <= t.start() || !text.substring(t.start(), t.end()).equals(t.text())
                    || Token.isSpace(text.codePointAt(t.start()))
                    || Token.isSpace(Character.codePointBefore(text, t.end()))) {
                return false;
            }
            joined.append(t.text());
            pos = t.end();
        }
        return withoutSpaces(joined).equals(withoutSpaces(text));
    }

    static String withoutSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Token.isSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void gap(String text, int from, int to, List<Token> out, BreakIterator[] graphemes) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Token.isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = clusterEnd(text, i, to, graphemes);
            Token.Kind kind = kind(cp);
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && kind == Token.Kind.PUNCTUATION && last.kind() == kind && last.end() == i
                    && repeats(text, last, i, end)) {
                out.set(out.size() - 1, last.span(text, last.start(), end, kind));
            } else {
                out.add(new Token(text.substring(i, end), i, end, kind));
            }
            i = end;
        }
    }

    /** The end of the grapheme cluster that starts at {@code i}, never past {@code to} or into a space. */
    private static int clusterEnd(String text, int i, int to, BreakIterator[] graphemes) {
        int next = i + Character.charCount(text.codePointAt(i));
        if (next >= to) {
            return Math.min(next, to);
        }
        char c = text.charAt(i);
        char after = text.charAt(next);
        int end;
        if (c < 0x80 && after < 0x300) {
            end = next;   // the common case: ASCII punctuation followed by something that cannot extend it
        } else {
            if (graphemes[0] == null) {
                graphemes[0] = (BreakIterator) GRAPHEMES.clone();
                graphemes[0].setText(text);
            }
            end = graphemes[0].following(i);
            if (end == BreakIterator.DONE || end > to) {
                end = to;
            }
        }
        for (int j = next; j < end; j += Character.charCount(text.codePointAt(j))) {
            if (Token.isSpace(text.codePointAt(j))) {
                return j;
            }
        }
        return end;
    }

    /** {@code last} is one or more copies of the cluster [i, end): a repeated mark ({@code ...}, {@code !!!}). */
    private static boolean repeats(String text, Token last, int i, int end) {
        int length = end - i;
        if ((last.end() - last.start()) % length != 0) {
            return false;
        }
        for (int s = last.start(); s < last.end(); s += length) {
            if (!text.regionMatches(s, text, i, length)) {
                return false;
            }
        }
        return true;
    }

    private static Token.Kind kind(int cp) {
        int type = UCharacter.getType(cp);
        switch (type) {
            case UCharacterCategory.DASH_PUNCTUATION, UCharacterCategory.START_PUNCTUATION,
                 UCharacterCategory.END_PUNCTUATION, UCharacterCategory.CONNECTOR_PUNCTUATION,
                 UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.INITIAL_PUNCTUATION,
                 UCharacterCategory.FINAL_PUNCTUATION -> {
                return Token.Kind.PUNCTUATION;
            }
            case UCharacterCategory.MATH_SYMBOL, UCharacterCategory.CURRENCY_SYMBOL,
                 UCharacterCategory.MODIFIER_SYMBOL, UCharacterCategory.OTHER_SYMBOL -> {
                return Token.Kind.SYMBOL;
            }
            default -> {
                return UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)
                        || UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.REGIONAL_INDICATOR)
                        ? Token.Kind.SYMBOL : Token.Kind.OTHER;
            }
        }
    }
}
