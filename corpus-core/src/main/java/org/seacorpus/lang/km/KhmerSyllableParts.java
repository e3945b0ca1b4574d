package org.seacorpus.lang.km;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.seacorpus.normalize.LastTextAnswer;

/**
 * Cuts Khmer text into clusters (a base letter with the subscripts, vowels and signs that belong to it) and
 * those into parts, so that the Khmer normalisation rules can rewrite one cluster at a time, and puts the text
 * back together. Text outside clusters is copied. (Word and syllable segmentation is {@link KhmerSyllables}'
 * job.) Pure functions; thread-safe.
 */
final class KhmerSyllableParts {
    // Part classes in canonical order (The Unicode Standard §16.4: B {R|C} {S} {V} {O}).
    static final int SHIFTER = 1;
    static final int ROBAT = 2;
    static final int COENG = 3;
    static final int COENG_RO = 4;
    static final int VOWEL = 5;
    static final int SIGN = 6;

    static final char COENG_SIGN = '\u17D2';
    static final char RO = '\u179A';

    /** One component of a syllable after its base: its class and its characters. */
    record Part(int cls, String text) {
    }

    /** A syllable: its base and parts, or {@code null} parts when it holds something the rules do not handle. */
    record Syllable(char base, List<Part> parts) {
        String render() {
            StringBuilder out = new StringBuilder().append(base);
            parts.forEach(p -> out.append(p.text()));
            return out.toString();
        }
    }

    private KhmerSyllableParts() {
    }

    static boolean isBase(char c) {
        return c >= '\u1780' && c <= '\u17B3';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    static int classOf(char c) {
        if (c == '\u17C9' || c == '\u17CA') {
            return SHIFTER;
        }
        if (c == '\u17CC') {
            return ROBAT;
        }
        if (c >= '\u17B4' && c <= '\u17C5') {
            return VOWEL;
        }
        if ((c >= '\u17C6' && c <= '\u17C8') || c == '\u17CB' || (c >= '\u17CD' && c <= '\u17D1') || c == '\u17D3'
                || c == '\u17DD') {
            return SIGN;
        }
        return 0;
    }

    /** A cheap look at the characters of one syllable after its base, text[from, to). */
    @FunctionalInterface
    interface Look {
        boolean mayNeedFix(String text, int from, int to);
    }

    /** True when the signs of text[from, to) are not in canonical class order. */
    static boolean unordered(String text, int from, int to) {
        int previous = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cls = c == COENG_SIGN && i + 1 < to ? (text.charAt(i + 1) == RO ? COENG_RO : COENG) : classOf(c);
            if (c == COENG_SIGN) {
                i++;
            }
            if (cls < previous) {
                return true;
            }
            previous = cls;
        }
        return false;
    }

    /** True when text[from, to) holds the same sign twice in a row. */
    static boolean doubled(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) == text.charAt(i - 1) && classOf(text.charAt(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True when text[from, to) holds vowel sign e together with ii or aa. */
    static boolean split(String text, int from, int to) {
        boolean e = false;
        boolean other = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            e |= c == '\u17C1';
            other |= c == '\u17B8' || c == '\u17B6';
        }
        return e && other;
    }

    /**
     * Rewrites every regular syllable of {@code text} that {@code look} flags with {@code fix}, which returns the
     * number of changes it made to the part list it is given (and edits that list). Returns the new text, or
     * {@code text} itself if no syllable changed; adds the changes to {@code changes[0]}.
     */
    static String rewrite(String text, Look look, ToIntFunction<List<Part>> fix, int[] changes) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isBase(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = syllableEnd(text, i);
            List<Part> parts = end - i > 2 && look.mayNeedFix(text, i + 1, end) ? parse(text, i + 1, end) : null;
            int made = parts == null || parts.isEmpty() ? 0 : fix.applyAsInt(parts);
            if (made > 0) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(new Syllable(c, parts).render());
                changes[0] += made;
            } else if (out != null) {
                out.append(text, i, end);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /**
     * True when none of the Khmer rules would change {@code text}: no deprecated character or inherent vowel, and
     * no syllable of three units or more (the only ones {@link #rewrite} looks at) out of order, with a split
     * vowel or with a doubled sign. One pass; the answer for the last text asked is kept per thread, since the
     * five rules are asked in turn about the same line.
     */
    static boolean leavesAlone(String text) {
        return LEAVES_ALONE.test(text);
    }

    private static final LastTextAnswer LEAVES_ALONE = new LastTextAnswer(KhmerSyllableParts::scan);

    private static boolean scan(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u17A3' || c == '\u17A4' || c == '\u17D3' || c == '\u17D8' || c == '\u17B4' || c == '\u17B5') {
                return false;
            }
            if (!isBase(c)) {
                i++;
                continue;
            }
            int end = syllableEnd(text, i);
            if (!syllableLeftAlone(text, i + 1, end, end - i > 2)) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /**
     * False when text[from, to), the units of a syllable after its base, holds a deprecated mark
     * (U+17D3, U+17B4, U+17B5) or, with {@code regular} (a syllable of three units or more), is
     * {@link #unordered}, {@link #split} or {@link #doubled}: the four looks in one pass over the syllable.
     */
    private static boolean syllableLeftAlone(String text, int from, int to, boolean regular) {
        int previous = 0;          // unordered: the class before
        boolean skip = false;      // unordered: the unit after a coeng belongs to it
        boolean e = false;         // split: vowel sign e…
        boolean other = false;     // …and ii or aa
        char before = 0;           // doubled: the unit before
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u17D3' || c == '\u17B4' || c == '\u17B5') {
                return false;
            }
            if (!regular) {
                continue;
            }
            int cls = classOf(c);
            if (k > from && c == before && cls != 0) {
                return false;
            }
            before = c;
            e |= c == '\u17C1';
            other |= c == '\u17B8' || c == '\u17B6';
            if (skip) {
                skip = false;
                continue;
            }
            if (c == COENG_SIGN) {
                skip = true;
                if (k + 1 < to) {
                    cls = text.charAt(k + 1) == RO ? COENG_RO : COENG;
                }
            }
            if (cls < previous) {
                return false;
            }
            previous = cls;
        }
        return !(e && other);
    }

    /** End of the syllable whose base is at {@code start}: the next base that is not subscript, or a non-sign. */
    private static int syllableEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == COENG_SIGN && i + 1 < text.length() && isBase(text.charAt(i + 1))) {
                i += 2;
            } else if (classOf(c) != 0 || c == COENG_SIGN || (isJoiner(c) && i + 1 < text.length()
                    && classOf(text.charAt(i + 1)) != 0)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The parts of text[from, to), or null when something in it (a stray coeng, a loose joiner) is irregular. */
    private static List<Part> parse(String text, int from, int to) {
        List<Part> parts = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == COENG_SIGN) {
                if (i + 1 >= to || !isBase(text.charAt(i + 1))) {
                    return null;
                }
                parts.add(new Part(text.charAt(i + 1) == RO ? COENG_RO : COENG, text.substring(i, i + 2)));
                i += 2;
            } else if (c == '\u200C' || c == '\u200D') {
                if (i + 1 >= to || classOf(text.charAt(i + 1)) != VOWEL) {
                    return null;
                }
                parts.add(new Part(VOWEL, text.substring(i, i + 2)));
                i += 2;
            } else {
                parts.add(new Part(classOf(c), String.valueOf(c)));
                i++;
            }
        }
        return parts;
    }
}
