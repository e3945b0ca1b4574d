package org.seacorpus.lang.my;

/**
 * Character classes of the Myanmar script as the Burmese rules need them, and the tests that keep those rules
 * away from text they must not touch: Shan, Mon, Karen and Pali written in the same script, and text mixing
 * Zawgyi with Unicode. Source: the Myanmar code chart (U+1000–U+109F) and UTN #11 "Representing Myanmar in
 * Unicode" (v4), Table 3 for the storage order ranks.
 */
final class MyanmarChars {
    // Storage-order ranks of UTN #11, Table 3 (kinzi and base come first and are placed by the parser).
    static final int KINZI = 0;
    /**
     * An asat right after the base consonant, before its medials and vowels: the contractions of UTN #11, where a
     * killed consonant carries the medial or vowel of the syllable it shortens (ကျွန်ုပ် = န + ် + ု; ယောက်ျား
     * = က + ် + ျ + ာ + း). Standard spelling, so its place is kept.
     */
    static final int CONTRACTION_ASAT = 1;
    static final int STACKED = 2;
    static final int MEDIAL_Y = 3;
    static final int MEDIAL_R = 4;
    static final int MEDIAL_W = 5;
    static final int MEDIAL_H = 6;
    static final int VOWEL_E = 7;
    static final int UPPER_VOWEL = 8;
    static final int LOWER_VOWEL = 9;
    static final int A_VOWEL = 10;
    static final int ANUSVARA = 11;
    static final int DOT_BELOW = 12;
    static final int ASAT = 13;
    static final int VISARGA = 14;

    static final char NGA = '\u1004';
    static final char ASAT_SIGN = '\u103A';
    static final char VIRAMA = '\u1039';

    private MyanmarChars() {
    }

    static boolean isMyanmar(int c) {
        return (c >= 0x1000 && c <= 0x109F) || (c >= 0xAA60 && c <= 0xAA7F) || (c >= 0xA9E0 && c <= 0xA9FF);
    }

    static boolean isConsonant(int c) {
        return (c >= 0x1000 && c <= 0x1021) || c == 0x103F;
    }

    /** Letters that start a cluster: consonants, independent vowels and the symbols ၌ ၍ ၎ ၏. */
    static boolean isBase(int c) {
        return isConsonant(c) || (c >= 0x1023 && c <= 0x1027) || c == 0x1029 || c == 0x102A
                || (c >= 0x104C && c <= 0x104F);
    }

    static boolean isDigit(int c) {
        return c >= 0x1040 && c <= 0x1049;
    }

    /** The UTN #11 rank of a dependent sign, or -1 for anything that is not one. */
    static int rank(int c) {
        return switch (c) {
            case 0x103B -> MEDIAL_Y;
            case 0x103C -> MEDIAL_R;
            case 0x103D -> MEDIAL_W;
            case 0x103E -> MEDIAL_H;
            case 0x1031 -> VOWEL_E;
            case 0x102D, 0x102E, 0x1032 -> UPPER_VOWEL;
            case 0x102F, 0x1030 -> LOWER_VOWEL;
            case 0x102B, 0x102C -> A_VOWEL;
            case 0x1036 -> ANUSVARA;
            case 0x1037 -> DOT_BELOW;
            case 0x103A -> ASAT;
            case 0x1038 -> VISARGA;
            default -> -1;
        };
    }

    static boolean isSign(int c) {
        return rank(c) >= 0 || c == VIRAMA;
    }

    /**
     * True when every Myanmar character of the line belongs to Burmese: no Shan, Mon, Karen, Pali or other
     * minority-language letters and signs (U+1022, U+1028, U+1033–U+1035, U+1050–U+109F, Extended-A and -B).
     * The Burmese storage-order and look-alike rules run only on such lines.
     */
    static boolean isBurmeseOnly(CharSequence line) {
        return isBurmeseOnly(line, 0, line.length());
    }

    /** {@link #isBurmeseOnly(CharSequence)} of {@code line[from, to)}, without a copy. */
    static boolean isBurmeseOnly(CharSequence line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (isMyanmar(c) && !isBurmese(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBurmese(char c) {
        return (c >= 0x1000 && c <= 0x104F) && c != 0x1022 && c != 0x1028 && !(c >= 0x1033 && c <= 0x1035);
    }

    /**
     * True when the line holds something Zawgyi never writes, so it is Unicode (or a mix) and must not be
     * converted however the detector scores it: the Unicode-only medial ha U+103E and great sa U+103F, the
     * Mon/Shan/Pali letters U+1022, U+1028, U+1035, U+1050–U+1059 and U+105B–U+105F (Zawgyi uses U+105A for its
     * ါ် ligature), a Shan letter killed by an asat (ၵ်, ၼ်, ႂ်) and the letters past U+1097 (see
     * {@link #isMinorityEvidence}), a Unicode kinzi or killed stack (asat U+103A before virama U+1039), or the Sgaw Karen finals
     * ၢ်, ၣ် (U+1062/U+1063 before asat) — Karen text otherwise scores as Zawgyi because Zawgyi draws its kinzi
     * with U+1064, Karen's tone mark ၤ. (The set was checked against every code point ICU's my-Zawgyi emits for
     * all Burmese syllables of consonant, stack, medials, vowels and finals.)
     */
    static boolean hasUnicodeOnlyEvidence(CharSequence line) {
        return hasUnicodeOnlyEvidence(line, 0, line.length());
    }

    /** {@link #hasUnicodeOnlyEvidence(CharSequence)} of {@code line[from, to)}, without a copy. */
    static boolean hasUnicodeOnlyEvidence(CharSequence line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == 0x103E || c == 0x103F || isMinorityEvidence(line, i, to)) {
                return true;
            }
            char next = i + 1 < to ? line.charAt(i + 1) : 0;
            if (c == ASAT_SIGN && next == VIRAMA) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line holds letters of Shan, Mon, Karen or Pali that Zawgyi never writes (the minority-language
     * part of {@link #hasUnicodeOnlyEvidence}): such a line is Unicode text of a language other than Burmese, and
     * its other runs written with letters outside Burmese belong to that language too.
     */
    static boolean hasMinorityLetters(CharSequence line) {
        return hasMinorityLetters(line, 0, line.length());
    }

    /** {@link #hasMinorityLetters(CharSequence)} of {@code line[from, to)}, without a copy. */
    static boolean hasMinorityLetters(CharSequence line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMinorityEvidence(line, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Minority-language evidence at {@code line[i]}. Zawgyi spends U+1060–U+1097 on its own glyphs (stacked
     * consonants, kinzi, the ya-yit and ha-hto variants, ligatures), so the Shan letters there (ၵ U+1075, ၼ U+107C,
     * ႁ U+1081, the tones ႇ ႈ ႉ ႊ, ႆ) prove nothing alone: ICU's my-Zawgyi writes every one of them for some
     * Burmese word. What Zawgyi never writes is what a Shan syllable is made of:
     * <ul>
     *   <li>one of those letters, or Shan's medial wa ႂ U+1082, killed by an asat (ၵ်, ၼ်, ႂ်): in Zawgyi they are
     *       subscripts or the ya-yit that precedes a consonant, and U+103A is its ya-pin, which follows a base
     *       (none of the 79k Burmese lexicon words put into Zawgyi by ICU holds such a pair);</li>
     *   <li>the letters past Zawgyi's last glyph U+1097 (Shan digits ႘ ႙, Khamti and Aiton signs U+109A–U+109F) and
     *       the Extended-A and -B blocks;</li>
     *   <li>the Mon and Karen letters of {@link #hasUnicodeOnlyEvidence}.</li>
     * </ul>
     * (Issue 15: the Shan line လိၵ်ႈတႆး တြႅႇ had none of the Mon/Karen letters, so its short second word, which
     * alone scores as Zawgyi, was converted to တ္လွှ.)
     */
    private static boolean isMinorityEvidence(CharSequence line, int i, int to) {
        char c = line.charAt(i);
        if (c == 0x1022 || c == 0x1028 || c == 0x1035 || (c >= 0x1050 && c <= 0x105F && c != 0x105A)
                || (c >= 0x1098 && c <= 0x109F) || (c >= 0xAA60 && c <= 0xAA7F) || (c >= 0xA9E0 && c <= 0xA9FF)) {
            return true;
        }
        boolean killed = i + 1 < to && line.charAt(i + 1) == ASAT_SIGN;
        return killed && (c == 0x1062 || c == 0x1063 || (c >= 0x1075 && c <= 0x1082));
    }

    static boolean hasMyanmar(CharSequence text) {
        return hasMyanmar(text, 0, text.length());
    }

    /** True when {@code text[from, to)} holds a character of the Myanmar blocks. */
    static boolean hasMyanmar(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMyanmar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
