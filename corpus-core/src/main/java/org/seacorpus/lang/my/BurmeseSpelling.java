package org.seacorpus.lang.my;

/**
 * Tells whether a stretch of Burmese is well-formed Unicode: every cluster a base letter followed by its signs in
 * the storage order of UTN #11, as Unicode Burmese is written, and nothing that only another encoding's habits
 * produce. The Zawgyi rule uses it as evidence: text typed in Zawgyi puts the vowel sign E (ေ) and the medial ra
 * before the consonant, uses the virama U+1039 as its visible asat (a virama with no consonant after it) and U+103A
 * as medial ya right after a consonant, so most Zawgyi words break this grammar, while real Unicode words keep it.
 *
 * <p>The grammar, per cluster (an optional kinzi, a base, its signs):
 * <ul>
 *   <li>a dependent sign always follows a base of its own cluster (nothing starts with ေ, ျ, ြ or ္);</li>
 *   <li>the signs come in strictly rising UTN #11 rank: contraction asat, one stacked consonant, medials ya ra wa
 *       ha (never ya and ra together), vowel e, upper vowel, lower vowel, aa, anusvara, dot below, asat, visarga;
 *       the virama stacks a consonant that Pali and Sanskrit conjuncts put there ({@link #isConjunct});</li>
 *   <li>a final asat kills the consonant: it carries no upper or lower vowel or anusvara, and an aa only with
 *       vowel e (ော်, ေါ်);</li>
 *   <li>the asat of a contraction (right after the base: ကျွန်ုပ်, ယောက်ျား) is followed by a medial or a lower
 *       vowel when the cluster has any vowel at all;</li>
 *   <li>a killed consonant never starts a word.</li>
 * </ul>
 * Stretches holding letters of Shan, Mon, Karen or Pali extensions get no verdict ({@link Verdict#NOT_BURMESE}):
 * their orthographies differ. Pure functions; thread-safe.
 */
final class BurmeseSpelling {
    /** The answer for one stretch. */
    enum Verdict {
        /** Every cluster follows the grammar. */
        VALID,
        /** At least one cluster breaks it. */
        INVALID,
        /** The stretch holds no Burmese letter, or letters of another language written in Myanmar script. */
        NOT_BURMESE
    }

    private BurmeseSpelling() {
    }

    /** The verdict on {@code text[from, to)}; characters outside the Myanmar block end a word. */
    static Verdict check(CharSequence text, int from, int to) {
        boolean letters = false;
        boolean wordStart = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (MyanmarChars.isMyanmar(c) && !isBurmese(c)) {
                return Verdict.NOT_BURMESE;
            }
            if (!MyanmarChars.isMyanmar(c) || MyanmarChars.isDigit(c) || isPunctuation(c)) {
                wordStart = true;
                i++;
                continue;
            }
            int base = kinziEnd(text, i, to);
            if (!MyanmarChars.isBase(text.charAt(base))) {
                return Verdict.INVALID;
            }
            int end = cluster(text, base, to, wordStart);
            if (end < 0) {
                return Verdict.INVALID;
            }
            letters = true;
            wordStart = false;
            i = end;
        }
        return letters ? Verdict.VALID : Verdict.NOT_BURMESE;
    }

    /**
     * True when every line of {@code text} that holds Myanmar characters is {@link Verdict#VALID}; with
     * {@code otherLanguagesPass}, lines with letters of Shan, Mon or Karen pass too (the Burmese storage-order
     * rules skip them). The fast path of the Burmese rules: such text needs no reordering, deduplication or
     * Zawgyi conversion.
     */
    static boolean burmeseLinesValid(String text, boolean otherLanguagesPass) {
        Object[] cached = LAST.get();
        int slot = otherLanguagesPass ? 2 : 1;
        if (cached[0] != text) {
            cached[0] = text;
            cached[1] = null;
            cached[2] = null;
        }
        if (cached[slot] == null) {
            // every line valid as Burmese answers both questions: the Zawgyi rule asks first, the others follow
            cached[slot] = slot == 2 && Boolean.TRUE.equals(cached[1]) ? Boolean.TRUE
                    : scanLines(text, otherLanguagesPass);
        }
        return (Boolean) cached[slot];
    }

    /** The last text {@link #burmeseLinesValid} was asked about, and its two answers: the Burmese rules ask in turn. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    private static boolean scanLines(String text, boolean otherLanguagesPass) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean myanmar = false;
            for (int i = start; i < end && !myanmar; i++) {
                myanmar = MyanmarChars.isMyanmar(text.charAt(i));
            }
            if (myanmar) {
                Verdict verdict = check(text, start, end);
                boolean other = verdict == Verdict.NOT_BURMESE && otherLanguagesPass
                        && !MyanmarChars.isBurmeseOnly(text.subSequence(start, end));
                if (verdict != Verdict.VALID && !other) {
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    /** The verdict on a whole string. */
    static Verdict check(CharSequence text) {
        return check(text, 0, text.length());
    }

    /** Checks the cluster whose base is at {@code base}; returns its end, or -1 when it breaks the grammar. */
    private static int cluster(CharSequence text, int base, int to, boolean wordStart) {
        int previous = 0;
        int i = base + 1;
        boolean contraction = false;
        boolean finalAsat = false;
        boolean medial = false;
        boolean vowelE = false;
        boolean killedVowel = false; // upper, lower vowel or anusvara: none may sit under a final asat
        boolean aa = false;
        boolean anyVowel = false;
        boolean medialYa = false;
        while (i < to) {
            char c = text.charAt(i);
            int rank;
            if (c == MyanmarChars.VIRAMA) {
                if (i + 1 >= to || !isConjunct(text.charAt(i - 1), text.charAt(i + 1))) {
                    return -1;
                }
                rank = MyanmarChars.STACKED;
            } else if (c == MyanmarChars.ASAT_SIGN && i == base + 1) {
                rank = MyanmarChars.CONTRACTION_ASAT;
                contraction = true;
            } else {
                rank = MyanmarChars.rank(c);
                if (rank < 0) {
                    break;
                }
            }
            if (rank <= previous) {
                return -1;
            }
            switch (rank) {
                case MyanmarChars.MEDIAL_Y -> {
                    medial = true;
                    medialYa = true;
                }
                case MyanmarChars.MEDIAL_R -> {
                    if (medialYa) {
                        return -1;
                    }
                    medial = true;
                }
                case MyanmarChars.MEDIAL_W, MyanmarChars.MEDIAL_H -> medial = true;
                case MyanmarChars.VOWEL_E -> {
                    vowelE = true;
                    anyVowel = true;
                }
                case MyanmarChars.UPPER_VOWEL, MyanmarChars.LOWER_VOWEL, MyanmarChars.ANUSVARA -> {
                    killedVowel = true;
                    anyVowel = true;
                }
                case MyanmarChars.A_VOWEL -> {
                    aa = true;
                    anyVowel = true;
                }
                case MyanmarChars.ASAT -> finalAsat = true;
                default -> {
                }
            }
            previous = rank;
            i += c == MyanmarChars.VIRAMA ? 2 : 1;
        }
        if (finalAsat && (killedVowel || (aa && !vowelE) || contraction)) {
            return -1;
        }
        boolean lowerAfterContraction = contraction && (medial || hasLowerVowel(text, base, i));
        if (contraction && anyVowel && !lowerAfterContraction) {
            return -1;
        }
        boolean killed = (contraction && !anyVowel && !medial) || (finalAsat && !anyVowel);
        if (killed && wordStart) {
            return -1;
        }
        return i;
    }

    /**
     * True when {@code lower} may be stacked under {@code upper}: the conjuncts of Pali and Sanskrit words as
     * Burmese writes them. Within one row of the five stop rows (velar က…င, palatal စ…ဉ, retroflex ဋ…ဏ, dental
     * တ…န, labial ပ…မ), a plain stop over itself or over its aspirate (တ္တ, တ္ထ, ဒ္ဓ), a nasal over any letter of
     * its row (န္တ, မ္ဘ, ဏ္ဍ); and the other doublings and pairs in use (လ္လ, ယ္ယ, သ္သ, ဟ္မ ဗြဟ္မာ, သ္မ, လ္ဘ
     * လ္ဘက်, ထ္ထ, ဎ္ဍ, ဇ္စ, and ဥ typed for ဉ in ပဥ္စမ). Zawgyi, whose U+1039 is the visible asat, puts any final
     * consonant before any initial (ပိုက္ဆံ), which these pairs seldom match. Counted on the myWord word list.
     */
    static boolean isConjunct(char upper, char lower) {
        int u = rowPlace(upper);
        int l = rowPlace(lower);
        if (u >= 0 && l >= 0 && u / 5 == l / 5) {
            int up = u % 5;
            int lo = l % 5;
            return (up == lo && up != 1 && up != 3) || (up == 0 && lo == 1) || (up == 2 && lo == 3) || up == 4
                    || (up == 1 && lo == 1) || (up == 3 && lo == 2) || (up == 2 && lo == 0);
        }
        return (upper == lower && (upper == '\u101A' || upper == '\u101C' || upper == '\u101E'))
                || (lower == '\u1019' && (upper == '\u101F' || upper == '\u101E'))
                || (upper == '\u101C' && lower == '\u1018')
                || (upper == '\u1025' && lower >= '\u1005' && lower <= '\u1008');
    }

    /** Row × 5 + place of a stop or nasal (ည counts as the palatal nasal like ဉ), or -1. */
    private static int rowPlace(char c) {
        if (c >= '\u1000' && c <= '\u1019') {
            return c == '\u100A' ? 9 : c <= '\u1009' ? c - 0x1000 : c - 0x1000 - 1;
        }
        return -1;
    }

    private static boolean hasLowerVowel(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MyanmarChars.rank(text.charAt(i)) == MyanmarChars.LOWER_VOWEL) {
                return true;
            }
        }
        return false;
    }

    /** Skips a kinzi (င + ် + ္) before a consonant; returns where the base is. */
    private static int kinziEnd(CharSequence text, int at, int to) {
        boolean kinzi = at + 3 < to && text.charAt(at) == MyanmarChars.NGA
                && text.charAt(at + 1) == MyanmarChars.ASAT_SIGN && text.charAt(at + 2) == MyanmarChars.VIRAMA
                && MyanmarChars.isConsonant(text.charAt(at + 3));
        return kinzi ? at + 3 : at;
    }

    /** ၊ and ။, the Myanmar comma and full stop. */
    static boolean isPunctuation(char c) {
        return c == '\u104A' || c == '\u104B';
    }

    /** Letters, signs, digits and punctuation of Burmese (U+1000–U+104F less the Mon and Pali additions). */
    static boolean isBurmese(char c) {
        return c >= 0x1000 && c <= 0x104F && c != 0x1022 && c != 0x1028 && !(c >= 0x1033 && c <= 0x1035);
    }
}
