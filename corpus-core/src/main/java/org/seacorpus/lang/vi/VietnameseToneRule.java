package org.seacorpus.lang.vi;

import java.util.Locale;

import com.ibm.icu.text.Normalizer2;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;
import org.seacorpus.util.TableFill;
import org.seacorpus.normalize.UnitBuffer;

/**
 * Puts the tone mark of open syllables spelled oa, oe and uy on one vowel throughout, in the configured style:
 * {@code traditional} hòa, khỏe, thủy (the default) or {@code modern} hoà, khoẻ, thuỷ. Nothing else moves:
 * syllables with a final consonant (hoàng, toán, huýt) and three-vowel nuclei (hoài, khuỷu) are placed alike in
 * both styles, and qu + y (quý) has its tone on y in both. A word is touched only when it is a well-formed
 * Vietnamese syllable ({@link VietnameseSyllables}), so other languages' words pass through.
 *
 * <p>Source: the two conventions as described in the Vietnamese orthography literature (the "old style" of
 * dictionaries and the press, and the "new style" of the 1980s Ministry of Education spelling rules); see
 * docs/normalization.md for why traditional is the default.
 */
public final class VietnameseToneRule implements NormalizationRule {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final VietnameseToneStyle style;

    public VietnameseToneRule(VietnameseToneStyle style) {
        this.style = style;
    }

    public VietnameseToneStyle style() {
        return style;
    }

    @Override
    public String name() {
        return "vietnamese-tone";
    }

    /**
     * One pass over the words: only a word the look calls {@link #movable} can change (in the traditional style,
     * one that ends in a plain a, e or y with no combining tone mark already has its tone on the o or u, or none),
     * so only those are cut out and placed; the output is written into one builder, from the first change on.
     */
    @Override
    public String apply(String text, RuleCounts counts) {
        StringBuilder out = null;
        int copied = 0;
        int changes = 0;
        int n = text.length();
        char[] units = UNITS.copy(text, 0, n);
        int i = 0;
        while (i < n) {
            if (!VietnameseSyllables.isWordChar(units[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && VietnameseSyllables.isWordChar(units[i])) {
                i++;
            }
            if (!movable(text, start, i, style)) {
                continue;
            }
            String word = text.substring(start, i);
            String placed = place(word);
            if (!placed.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, start).append(placed);
                copied = i;
                changes++;
            }
        }
        counts.add(name(), changes);
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** The word with its tone on the style's vowel, or the word itself when the rule does not apply. */
    String place(String word) {
        if (word.length() < 2 || word.length() > 8 || !endsInTarget(word, 0, word.length())) {
            return word;
        }
        String nfd = NFD.normalize(word);
        int tone = -1;
        /* where the tone sits: after how many letters and marks that are not tones */
        int toneAfter = -1;
        StringBuilder bare = new StringBuilder(nfd.length());
        for (int k = 0; k < nfd.length(); k++) {
            if (isTone(nfd.charAt(k))) {
                if (tone >= 0) {
                    return word;
                }
                tone = k;
                toneAfter = bare.length();
            } else {
                bare.append(nfd.charAt(k));
            }
        }
        // only a tone on one of the two vowels moves between them: one on the onset (ḥoa, a dot below on the h)
        // is not a tone placement this rule knows, and the word is left as it is
        if (tone < 0 || bare.length() < 2 || toneAfter < bare.length() - 1) {
            return word;
        }
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        String nucleus = lower.substring(lower.length() - 2);
        String onset = lower.substring(0, lower.length() - 2);
        boolean target = nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy");
        if (!target || onset.equals("q") || !VietnameseSyllables.isOnset(onset)
                || !VietnameseSyllables.isSyllable(word)) {
            return word;
        }
        int vowel = style == VietnameseToneStyle.TRADITIONAL ? bare.length() - 2 : bare.length() - 1;
        bare.insert(vowel + 1, nfd.charAt(tone));
        return NFC.normalize(bare);
    }

    /**
     * True when no word could move its tone: none of two to eight letters ends in oa, oe or uy, or, in the
     * traditional style, such words end in a plain a, e or y with no combining tone mark (their tone, if any, is
     * already on the o or u, precomposed).
     */
    @Override
    public boolean leavesAlone(String text) {
        return leavesAlone(text, 0, text.length());
    }

    /**
     * {@link #leavesAlone(String)} of the line {@code text[from, to)}, without a copy. The last answer is kept per
     * thread: the normaliser asks about a line it has just rewritten once to stop repeating the rule and once more
     * in its look at the new text ({@link LastLook}).
     */
    @Override
    public boolean leavesAlone(String text, int from, int to) {
        LastLook last = lastLook.get();
        if (last.text == text && last.from == from && last.to == to) {
            return last.answer;
        }
        boolean answer = style == VietnameseToneStyle.TRADITIONAL ? leavesAloneTraditional(text, from, to)
                : wordsLeftAlone(text, from, to);
        last.text = text;
        last.from = from;
        last.to = to;
        last.answer = answer;
        return answer;
    }

    /** The last range this rule looked at in a thread, by identity of the text (strings are immutable), and its answer. */
    private static final class LastLook {
        String text;
        int from;
        int to;
        boolean answer;
    }

    private final ThreadLocal<LastLook> lastLook = ThreadLocal.withInitial(LastLook::new);

    @Override
    public boolean looksAtRanges() {
        return true;
    }

    /**
     * The traditional style's look, which only stops where a word could fail: a word passes unless its last
     * letter (tone marks skipped) has base a, e or y after an o or a u, and either that letter is not a plain ASCII
     * a, e or y or the word holds a combining tone mark. So only a combining tone mark, or a letter beyond ASCII
     * whose base is a, e or y ({@link #SUSPECT}) that ends its word after an o or a u, can make a word fail; the
     * words around those are checked as {@link #wordsLeftAlone} checks every word, and everything else is passed
     * over with a comparison or two a unit.
     */
    private static boolean leavesAloneTraditional(String text, int from, int n) {
        char[] units = UNITS.copy(text, from, n);
        int checkedTo = from;
        for (int i = from; i < n; i++) {
            char c = units[i - from];
            if (c < 0x80 || i < checkedTo || !SUSPECT[c]) {
                continue;
            }
            if (!isTone(c)) {
                // a word without a tone mark fails only when this letter ends it after an o or a u; a word with
                // one is checked where the mark is
                if (i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    continue;
                }
                char before = i > from ? VietnameseSyllables.baseLetter(text.charAt(i - 1)) : 0;
                if (before != 'o' && before != 'u') {
                    continue;
                }
            }
            int start = i;
            while (start > from && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > start && movable(text, start, end, VietnameseToneStyle.TRADITIONAL)) {
                return false;
            }
            checkedTo = Math.max(end, i + 1);
        }
        return true;
    }

    /** A line's units, copied once: a bounds-checked charAt a unit costs more than the copy. */
    private static final UnitBuffer UNITS = new UnitBuffer(1024);

    /** Letters beyond ASCII whose base letter is a, e or y, and the combining tone marks (BMP, indexed by unit). */
    private static final boolean[] SUSPECT = new boolean[0x10000];

    static {
        TableFill.inBlocks(0x80, SUSPECT.length, (from, to) -> {   // compiled after a few blocks (TableFill)
            for (int c = from; c < to; c++) {
                char base = VietnameseSyllables.baseLetter((char) c);
                SUSPECT[c] = base == 'a' || base == 'e' || base == 'y' || isTone((char) c);
            }
        });
    }

    /** A word the rule may rewrite: of two to eight letters, ending in oa, oe or uy, not already in place. */
    private static boolean movable(String text, int start, int end, VietnameseToneStyle style) {
        return end - start >= 2 && end - start <= 8 && endsInTarget(text, start, end)
                && !(style == VietnameseToneStyle.TRADITIONAL && endsPlain(text.charAt(end - 1))
                    && !hasToneMark(text, start, end));
    }

    /** The look word by word, for either style: no word is {@link #movable}. */
    private boolean wordsLeftAlone(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start && movable(text, start, i, style)) {
                return false;
            }
            i = i == start ? i + 1 : i;
        }
        return true;
    }

    /** A combining tone mark in text[from, to): the rule would also compose the word it rewrites. */
    private static boolean hasToneMark(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isTone(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsPlain(char last) {
        return last == 'a' || last == 'e' || last == 'y' || last == 'A' || last == 'E' || last == 'Y';
    }

    /** A cheap look: do the last two letters of word[from, to) (tone marks skipped) spell oa, oe or uy, any case? */
    private static boolean endsInTarget(String word, int from, int to) {
        char last = 0;
        char before = 0;
        for (int i = to - 1; i >= from && before == 0; i--) {
            char c = word.charAt(i);
            if (isTone(c)) {
                continue;
            }
            char base = VietnameseSyllables.baseLetter(c);
            if (last == 0) {
                last = base;
            } else {
                before = base;
            }
        }
        return (before == 'o' && (last == 'a' || last == 'e')) || (before == 'u' && last == 'y');
    }

    private static boolean isWordChar(char c) {
        return VietnameseSyllables.isWordChar(c);
    }

    /** One of the five combining tone marks ({@link VietnameseSyllables#TONES}). */
    private static boolean isTone(char c) {
        return c >= '\u0300' && c <= '\u0323'
                && (c <= '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323');
    }
}
