package org.seacorpus.normalize;

import java.util.function.IntPredicate;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

/**
 * The zero-width policy: which invisible format characters the stored text keeps, by the scripts around them.
 *
 * <ul>
 *   <li>U+200B ZERO WIDTH SPACE is kept (one, however many were typed) between two letters of a script written without
 *       spaces between words (those the language modules declare: {@link ScriptLetters#unspaced()}, as Thai, Lao, Khmer
 *       and Myanmar): writers of these unspaced scripts type it as a word boundary, and ICU's word breaker honours it
 *       (UAX #29 treats it as a break), so keeping it keeps the writer's segmentation. Anywhere else (Latin text, next
 *       to a space, at a line edge, in front of a combining mark) it carries nothing and is removed.</li>
 *   <li>U+200C ZWNJ and U+200D ZWJ are kept between two visible characters where they change shaping: next to a
 *       letter of a script with conjuncts or joining (by Unicode's Indic_Syllabic_Category and Joining_Type:
 *       Khmer, Myanmar, Tamil and the other Indic scripts, Tibetan, Arabic, Syriac, Mongolian…) and, for ZWJ,
 *       inside emoji sequences. In Latin, Thai, Lao and Han text, at line edges and next to spaces they do
 *       nothing and are removed; doubled joiners become one.</li>
 *   <li>U+2060 WORD JOINER only forbids a line break; it is removed everywhere.</li>
 * </ul>
 * Source: The Unicode Standard, §23.2 "Layout Controls"; UAX #29 and UAX #14 for the boundary behaviour.
 */
public final class ZeroWidthRule implements NormalizationRule {
    /** The rule for text of no unspaced script: every zero width space is removed. */
    public static final ZeroWidthRule GENERIC = new ZeroWidthRule(ScriptLetters.NONE.unspaced());

    private static final char ZWSP = '\u200B';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final char WJ = '\u2060';

    /** The characters of the unspaced scripts. */
    private final IntPredicate unspaced;

    private ZeroWidthRule(IntPredicate unspaced) {
        this.unspaced = unspaced;
    }

    /** The rule that keeps a zero width space between letters of the unspaced scripts of {@code scripts}. */
    public static ZeroWidthRule of(ScriptLetters scripts) {
        return new ZeroWidthRule(scripts.unspaced());
    }

    @Override
    public String name() {
        return "zero-width";
    }

    @Override
    public boolean leavesAlone(String text) {
        return firstZeroWidth(text) < 0;
    }

    /** True for the characters this rule decides about. */
    public static boolean isZeroWidth(char c) {
        return c == ZWSP || c == ZWNJ || c == ZWJ || c == WJ;
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        int first = firstZeroWidth(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int removed = 0;
        int i = first;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isZeroWidth(c)) {
                out.append(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isZeroWidth(text.charAt(runEnd))) {
                runEnd++;
            }
            int before = i > 0 ? Character.codePointBefore(text, i) : -1;
            int after = runEnd < text.length() ? text.codePointAt(runEnd) : -1;
            String kept = keep(text, i, runEnd, before, after);
            out.append(kept);
            removed += (runEnd - i) - kept.length();
            i = runEnd;
        }
        if (removed == 0) {
            return text;
        }
        counts.add(name(), removed);
        return out.toString();
    }

    /** What of the run [start, end) of zero-width characters survives between {@code before} and {@code after}. */
    private String keep(String text, int start, int end, int before, int after) {
        boolean space = text.indexOf(ZWSP, start) >= 0 && text.indexOf(ZWSP, start) < end;
        if (space) {
            return isUnspacedLetterOrMark(before) && isUnspacedLetter(after) ? String.valueOf(ZWSP) : "";
        }
        for (int i = start; i < end; i++) {
            char joiner = text.charAt(i);
            if ((joiner == ZWNJ || joiner == ZWJ) && joinerMatters(joiner, before, after)) {
                return String.valueOf(joiner);
            }
        }
        return "";
    }

    private static boolean joinerMatters(char joiner, int before, int after) {
        if (before < 0 || after < 0 || UCharacter.isWhitespace(before) || UCharacter.isWhitespace(after)) {
            return false;
        }
        if (joiner == ZWJ && isEmojiPart(before) && UCharacter.hasBinaryProperty(after,
                UProperty.EXTENDED_PICTOGRAPHIC)) {
            return true;
        }
        return usesJoiners(before) || usesJoiners(after);
    }

    private static boolean isEmojiPart(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER) || cp == 0xFE0F;
    }

    /** Scripts in which ZWJ/ZWNJ select conjunct, half or joining forms. */
    static boolean usesJoiners(int cp) {
        int script = UScript.getScript(cp);
        return script >= 0 && script < Joining.SCRIPTS.length && Joining.SCRIPTS[script];
    }

    /**
     * The scripts with conjuncts or joining forms, by Unicode's properties: those with a virama, an invisible
     * stacker or subjoined consonants (Indic_Syllabic_Category: Devanagari to Tamil, Sinhala, Tibetan, Myanmar,
     * Khmer, Balinese, Javanese, Sundanese…) and those whose letters join on both sides (Joining_Type D: Arabic,
     * Syriac, Mongolian, N'Ko…). Built when a joiner is first met, from the few thousand characters of those
     * classes.
     */
    private static final class Joining {
        static final boolean[] SCRIPTS = new boolean[UScript.CODE_LIMIT];

        static {
            UnicodeSet shaping = new UnicodeSet("[[:InSC=Virama:][:InSC=Invisible_Stacker:]"
                    + "[:InSC=Consonant_Subjoined:][:Joining_Type=Dual_Joining:]]");
            for (UnicodeSetIterator it = new UnicodeSetIterator(shaping); it.next(); ) {
                int script = UScript.getScript(it.codepoint);
                if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                    SCRIPTS[script] = true;
                }
            }
        }
    }

    private boolean isUnspacedLetterOrMark(int cp) {
        return cp >= 0 && unspaced.test(cp) && (UCharacter.isLetterOrDigit(cp) || isMark(cp));
    }

    private boolean isUnspacedLetter(int cp) {
        return cp >= 0 && unspaced.test(cp) && UCharacter.isLetterOrDigit(cp) && !isMark(cp);
    }

    private static boolean isMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK;
    }

    private static int firstZeroWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isZeroWidth(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
