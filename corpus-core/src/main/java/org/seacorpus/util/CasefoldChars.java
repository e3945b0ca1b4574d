package org.seacorpus.util;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * Unicode NFKC case folding (UAX #44 {@code NFKC_Casefold}) of text made of simple characters, one table look-up
 * per char, with the same result as ICU's normaliser; and the general category classes the dedupe keys keep.
 *
 * <p>A BMP character is <em>simple</em> when folding it alone gives one BMP character that ICU's quick check
 * calls normalised (UAX #15: it never combines with a character before it), and either it is that character
 * itself (a letter already in lower case, a Thai vowel sign, a digit), or both it and its folded form are
 * starters (canonical combining class 0: {@code A} → {@code a}, {@code Ế} → {@code ế}). A string of simple
 * characters whose non-starters are in canonical order folds char by char: folding maps each character on its
 * own, canonical reordering has nothing to move, and composition has nothing to join, because no simple result
 * combines with the character before it. A string with any other character (a surrogate, a character that
 * folds to several or to nothing, a combining mark that may compose, marks out of order) goes to ICU. {@code CasefoldCharsTest} checks every BMP character and the
 * composition pairs of the Unicode data this rests on.
 *
 * <p>Thread-safe. The table (256 KB) is built on first use from ICU's own data, in a few milliseconds.
 */
public final class CasefoldChars {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    /** Bits of an entry: the folded char (low 16), its canonical combining class, and three flags. */
    private static final int CCC_SHIFT = 16;
    private static final int SIMPLE = 1 << 24;
    private static final int KEPT = 1 << 25;
    private static final int DIGIT = 1 << 26;

    private CasefoldChars() {
    }

    /** The table, built when first asked for (the CLI's other commands never pay for it). */
    private static final class Table {
        static final int[] ENTRIES = build();

        private static int[] build() {
            int[] out = new int[0x10000];
            for (int c = 0; c < out.length; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                String alone = String.valueOf((char) c);
                String folded = NFKC_CF.normalize(alone);
                if (folded.length() != 1) {
                    continue;
                }
                char f = folded.charAt(0);
                int ccc = UCharacter.getCombiningClass(c);
                boolean stays = f == c && NFKC_CF.quickCheck(alone) == Normalizer.YES;
                boolean starterToStarter = f != c && ccc == 0 && UCharacter.getCombiningClass(f) == 0
                        && NFKC_CF.quickCheck(folded) == Normalizer.YES;
                if (!stays && !starterToStarter) {
                    continue;
                }
                int type = UCharacter.getType(f);
                out[c] = f | ccc << CCC_SHIFT | SIMPLE | (kept(type) ? KEPT : 0)
                        | (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? DIGIT : 0);
            }
            return out;
        }
    }

    /**
     * True for the general categories the dedupe keys keep of folded text: letters, marks and numbers.
     */
    public static boolean kept(int generalCategory) {
        return switch (generalCategory) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                 UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                 UCharacterCategory.OTHER_LETTER, UCharacterCategory.NON_SPACING_MARK,
                 UCharacterCategory.ENCLOSING_MARK, UCharacterCategory.COMBINING_SPACING_MARK,
                 UCharacterCategory.DECIMAL_DIGIT_NUMBER, UCharacterCategory.LETTER_NUMBER,
                 UCharacterCategory.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * {@code word} NFKC case folded: the very same string when folding leaves it as it is. What ICU's
     * {@code Normalizer2.getNFKCCasefoldInstance().normalize(word)} gives, without asking it for simple words.
     */
    public static String fold(String word) {
        int n = word.length();
        int[] table = Table.ENTRIES;
        int lastCcc = 0;
        int firstChange = -1;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            int entry = table[c];
            if ((entry & SIMPLE) == 0) {
                return NFKC_CF.normalize(word);
            }
            int ccc = entry >>> CCC_SHIFT & 0xFF;
            if (ccc != 0 && ccc < lastCcc) {
                return NFKC_CF.normalize(word);
            }
            lastCcc = ccc;
            if (firstChange < 0 && (char) entry != c) {
                firstChange = i;
            }
        }
        if (firstChange < 0) {
            return word;
        }
        char[] out = new char[n];
        word.getChars(0, firstChange, out, 0);
        for (int i = firstChange; i < n; i++) {
            out[i] = (char) table[word.charAt(i)];
        }
        return new String(out);
    }

    /**
     * The table entry of {@code c}, for a caller that folds and classifies in one pass (the dedupe keys): test it
     * with {@link #isSimple}, then read {@link #combiningClass}, {@link #foldedChar}, {@link #isKept} and
     * {@link #isDigit}.
     */
    public static int entry(char c) {
        return Table.ENTRIES[c];
    }

    /** Whether the char of {@code entry} is simple (see the class comment). */
    public static boolean isSimple(int entry) {
        return (entry & SIMPLE) != 0;
    }

    /** The canonical combining class of a simple char (0 for a starter). */
    public static int combiningClass(int entry) {
        return entry >>> CCC_SHIFT & 0xFF;
    }

    /** The folded form of a simple char. */
    public static char foldedChar(int entry) {
        return (char) entry;
    }

    /** Whether the folded form of a simple char is a letter, mark or number ({@link #kept(int)}). */
    public static boolean isKept(int entry) {
        return (entry & KEPT) != 0;
    }

    /** Whether the folded form of a simple char is a decimal digit of any script. */
    public static boolean isDigit(int entry) {
        return (entry & DIGIT) != 0;
    }
}
