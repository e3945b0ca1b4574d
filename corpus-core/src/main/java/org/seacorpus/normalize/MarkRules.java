package org.seacorpus.normalize;

import java.util.function.IntPredicate;

import org.seacorpus.util.TableFill;

/**
 * The mark repairs that Thai and Lao share, written once over an {@link Alphabet}: both scripts put a consonant
 * first, then its combining vowel signs, then a tone mark, and both have a sara am that is nikhahit + sara aa
 * seen as one letter. The rules are pure functions over text; a public building block: a language package
 * ({@code lang/th}, {@code lang/lo}, or a new one for a script of the same shape) hands in its {@link Alphabet}
 * and gets the rules, named after the alphabet's prefix.
 *
 * <p>Source: The Unicode Standard, §16.1 (Thai) and §16.2 (Lao), on the order of consonant, vowel sign and tone
 * mark, and on sara am; the typing errors are the ones Thai and Lao keyboards let through.
 */
public final class MarkRules {
    private MarkRules() {
    }

    /**
     * The characters of one script as the rules see them.
     *
     * @param prefix       rule-name prefix, e.g. {@code thai}
     * @param base         consonants (letters that carry marks)
     * @param medial       combining consonant signs that come right after the base (Lao ຼ), before vowels
     * @param vowel        combining vowel signs (above and below)
     * @param tone         tone marks
     * @param other        other combining marks (cancellation sign, nikhahit…)
     * @param leading      vowels written before the consonant (they carry no marks)
     * @param script       every character of the script (marks after a character outside it are stray)
     * @param nikhahit     the nikhahit (Thai ํ, Lao ໍ)
     * @param saraAa       sara aa (า, າ)
     * @param saraAm       sara am (ำ, ຳ)
     * @param saraE        sara e (เ, ເ)
     * @param saraAe       sara ae (แ, ແ), which looks like two sara e
     */
    public record Alphabet(String prefix, IntPredicate base, IntPredicate medial, IntPredicate vowel,
                           IntPredicate tone, IntPredicate other, IntPredicate leading, IntPredicate script,
                           char nikhahit, char saraAa, char saraAm, char saraE, char saraAe) {
        /** True for a combining mark of any class (medial, vowel, tone, other). */
        public boolean isMark(int c) {
            return medial.test(c) || vowel.test(c) || tone.test(c) || other.test(c);
        }
    }

    /** {@code <prefix>-sara-ae}: two sara e typed for sara ae (เเ → แ); the script never writes two sara e. */
    public static NormalizationRule saraAe(Alphabet a) {
        return new RewriteRule(a.prefix() + "-sara-ae") {
            @Override
            public boolean leavesAlone(String text) {
                return MarkRules.leavesAlone(a, text);
            }

            @Override
            protected boolean mayChange(String text) {
                return text.indexOf(String.valueOf(a.saraE()) + a.saraE()) >= 0;
            }

            @Override
            protected int rewrite(String text, StringBuilder out) {
                int changes = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == a.saraE() && i + 1 < text.length() && text.charAt(i + 1) == a.saraE()) {
                        out.append(a.saraAe());
                        i++;
                        changes++;
                    } else {
                        out.append(text.charAt(i));
                    }
                }
                return changes;
            }
        };
    }

    /**
     * {@code <prefix>-sara-am}: nikhahit + sara aa becomes sara am, with any tone marks typed between them put
     * before it (น + ํ + ้ + า → น + ้ + ำ); a tone mark typed after sara am moves before it (น + ำ + ้ → น + ้ + ำ),
     * since a tone belongs to the consonant and sara am is spacing.
     */
    public static NormalizationRule saraAm(Alphabet a) {
        return new RewriteRule(a.prefix() + "-sara-am") {
            @Override
            public boolean leavesAlone(String text) {
                return MarkRules.leavesAlone(a, text);
            }

            @Override
            protected boolean mayChange(String text) {
                if (text.indexOf(a.nikhahit()) >= 0) {
                    return true;
                }
                for (int i = text.indexOf(a.saraAm()); i >= 0 && i + 1 < text.length();
                     i = text.indexOf(a.saraAm(), i + 1)) {
                    if (a.tone().test(text.charAt(i + 1))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            protected int rewrite(String text, StringBuilder out) {
                int changes = 0;
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    int j = i + 1;
                    while (j < text.length() && a.tone().test(text.charAt(j))) {
                        j++;
                    }
                    if (c == a.nikhahit() && j < text.length() && text.charAt(j) == a.saraAa()) {
                        out.append(text, i + 1, j).append(a.saraAm());
                        changes++;
                        i = j + 1;
                    } else if (c == a.saraAm() && j > i + 1 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                        out.append(text, i + 1, j).append(a.saraAm());
                        changes++;
                        i = j;
                    } else {
                        out.append(c);
                        i++;
                    }
                }
                return changes;
            }
        };
    }

    /**
     * {@code <prefix>-mark-order}: the marks after a consonant in the order consonant sign, vowel signs, then
     * tone and other marks (a tone typed before ิ or ั goes after it). Marks of one class keep their order.
     */
    public static NormalizationRule markOrder(Alphabet a) {
        return new RewriteRule(a.prefix() + "-mark-order") {
            @Override
            public boolean leavesAlone(String text) {
                return MarkRules.leavesAlone(a, text);
            }

            @Override
            protected boolean mayChange(String text) {
                for (int i = 1; i < text.length(); i++) {
                    if (a.isMark(text.charAt(i)) && a.isMark(text.charAt(i - 1)) && rank(text.charAt(i))
                            < rank(text.charAt(i - 1))) {
                        return true;
                    }
                }
                return false;
            }

            private int rank(char c) {
                return a.medial().test(c) ? 0 : a.vowel().test(c) ? 1 : 2;
            }

            @Override
            protected int rewrite(String text, StringBuilder out) {
                int changes = 0;
                int i = 0;
                while (i < text.length()) {
                    int end = i;
                    while (end < text.length() && a.isMark(text.charAt(end))) {
                        end++;
                    }
                    if (end - i < 2) {
                        out.append(text.charAt(i));
                        i++;
                        continue;
                    }
                    int start = out.length();
                    appendClass(text, i, end, a.medial(), out);
                    appendClass(text, i, end, a.vowel(), out);
                    appendClass(text, i, end, c -> !a.medial().test(c) && !a.vowel().test(c), out);
                    if (!out.substring(start).contentEquals(text.subSequence(i, end))) {
                        changes++;
                    }
                    i = end;
                }
                return changes;
            }
        };
    }

    /** {@code <prefix>-duplicate-marks}: a combining mark typed twice in a row is kept once (ก่่ → ก่). */
    public static NormalizationRule duplicateMarks(Alphabet a) {
        return new RewriteRule(a.prefix() + "-duplicate-marks") {
            @Override
            public boolean leavesAlone(String text) {
                return MarkRules.leavesAlone(a, text);
            }

            @Override
            protected boolean mayChange(String text) {
                for (int i = 1; i < text.length(); i++) {
                    if (text.charAt(i) == text.charAt(i - 1) && a.isMark(text.charAt(i))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            protected int rewrite(String text, StringBuilder out) {
                int changes = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (i > 0 && c == text.charAt(i - 1) && a.isMark(c)) {
                        changes++;
                    } else {
                        out.append(c);
                    }
                }
                return changes;
            }
        };
    }

    /**
     * {@code <prefix>-stray-marks}: combining marks at the start of a word, with no consonant to sit on (after a
     * space, punctuation, a digit, another script, a leading vowel or the start of the text), are dropped: they
     * render on a dotted circle and no reading of them is possible. Marks after a spacing vowel are left.
     */
    public static NormalizationRule strayMarks(Alphabet a) {
        return new RewriteRule(a.prefix() + "-stray-marks") {
            @Override
            public boolean leavesAlone(String text) {
                return MarkRules.leavesAlone(a, text);
            }

            @Override
            protected boolean mayChange(String text) {
                return rewrite(text, null) > 0;
            }

            /** Drops the stray marks into {@code out}, or only counts them when {@code out} is null. */
            @Override
            protected int rewrite(String text, StringBuilder out) {
                int changes = 0;
                boolean carrier = false;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (a.isMark(c) && !carrier) {
                        changes++;
                        continue;
                    }
                    if (!a.isMark(c)) {
                        carrier = a.script().test(c) && !a.leading().test(c) && Character.isLetter(c);
                    }
                    if (out != null) {
                        out.append(c);
                    }
                }
                return changes;
            }
        };
    }

    /**
     * True when none of the five rules of this class ({@link #saraAe}, {@link #saraAm}, {@link #markOrder},
     * {@link #duplicateMarks}, {@link #strayMarks}) would change {@code text}: one pass with a table of the
     * alphabet's classes. Each of the rules answers {@link NormalizationRule#leavesAlone} with it; the answer for
     * the last text asked is kept per thread, so a script's five rules cost one pass.
     */
    public static boolean leavesAlone(Alphabet a, String text) {
        return Checker.of(a).leavesAlone(text);
    }

    /** The one-pass look of {@link #leavesAlone(Alphabet, String)}, with its class table. */
    private static final class Checker {
        private static final java.util.Map<Alphabet, Checker> CHECKERS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final byte MARK = 1;
        private static final byte MEDIAL = 2;
        private static final byte VOWEL = 4;
        private static final byte CARRIER = 8;
        private static final byte TONE = 16;

        private final Alphabet a;
        private final byte[] classes = new byte[0x10000];
        private final LastTextAnswer leavesAlone = new LastTextAnswer(this::scan);

        private Checker(Alphabet a) {
            this.a = a;
            TableFill.inBlocks(classes.length, this::classify);   // compiled after a few blocks (TableFill)
        }

        private void classify(int from, int to) {
            for (int c = from; c < to; c++) {
                int cls = (a.isMark(c) ? MARK : 0) | (a.medial().test(c) ? MEDIAL : 0) | (a.vowel().test(c) ? VOWEL : 0)
                        | (a.tone().test(c) ? TONE : 0)
                        | (a.script().test(c) && !a.leading().test(c) && Character.isLetter(c) ? CARRIER : 0);
                classes[c] = (byte) cls;
            }
        }

        /** The alphabets asked about so far, found by identity (a map look-up hashes the whole record each time). */
        private static volatile Checker[] known = new Checker[0];

        static Checker of(Alphabet a) {
            Checker[] seen = known;
            for (Checker checker : seen) {
                if (checker.a == a) {
                    return checker;
                }
            }
            Checker checker = CHECKERS.computeIfAbsent(a, Checker::new);
            if (seen.length < 16) {
                synchronized (CHECKERS) {
                    Checker[] grown = java.util.Arrays.copyOf(known, known.length + 1);
                    grown[grown.length - 1] = checker;
                    known = grown;
                }
            }
            return checker;
        }

        boolean leavesAlone(String text) {
            return leavesAlone.test(text);
        }

        private boolean scan(String text) {
            boolean carrier = false;
            char prev = 0;
            int prevCls = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int cls = classes[c];
                if ((c == a.nikhahit() && beforeSaraAa(text, i + 1)) || (c == a.saraE() && prev == a.saraE())
                        || ((cls & TONE) != 0 && prev == a.saraAm())) {
                    return false;
                }
                if ((cls & MARK) != 0) {
                    if (!carrier || c == prev || ((prevCls & MARK) != 0 && rank(cls) < rank(prevCls))) {
                        return false;
                    }
                } else {
                    carrier = (cls & CARRIER) != 0;
                }
                prev = c;
                prevCls = cls;
            }
            return true;
        }

        /**
         * True when sara aa follows at {@code from}, after any tone marks: the nikhahit there and that sara aa are
         * a sara am typed in two parts. A nikhahit alone is a letter of its own (the Lao vowel o of ບໍ່, Thai ํ in
         * Pali), which no rule touches.
         */
        private boolean beforeSaraAa(String text, int from) {
            int j = from;
            while (j < text.length() && (classes[text.charAt(j)] & TONE) != 0) {
                j++;
            }
            return j < text.length() && text.charAt(j) == a.saraAa();
        }

        private static int rank(int cls) {
            return (cls & MEDIAL) != 0 ? 0 : (cls & VOWEL) != 0 ? 1 : 2;
        }
    }

    private static void appendClass(String text, int from, int to, IntPredicate cls, StringBuilder out) {
        for (int k = from; k < to; k++) {
            if (cls.test(text.charAt(k))) {
                out.append(text.charAt(k));
            }
        }
    }
}
