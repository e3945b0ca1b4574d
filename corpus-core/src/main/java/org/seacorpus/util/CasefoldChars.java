package org.seacorpus.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * Unicode NFKC case folding (UAX #44 {@code NFKC_Casefold}) of text made of simple characters, one table look-up
 * per char, with the same result as ICU's normaliser; and the general category classes the dedupe keys keep.
 *
 * <p>Folding maps each character on its own, then puts combining marks in canonical order and composes (UAX #15).
 * A BMP character is <em>simple</em> when its own mapping is known to leave nothing for the last two steps to do:
 * <ul>
 *   <li>it folds to one character that ICU's quick check calls normalised (it never combines with a character
 *       before it): itself (a lower-case letter, a Thai vowel sign, a digit), or, for a starter (canonical
 *       combining class 0), another starter ({@code A} → {@code a}, {@code Ế} → {@code ế});</li>
 *   <li>it is a starter that stays itself but may combine with the character before it (Tamil ா, Burmese ီ): the
 *       table says so, and the text is simple only where the folded character before it does not compose with
 *       it ({@code Normalizer2.composePair});</li>
 *   <li>it is a starter that folds to two or three starters that are themselves simple and never combine
 *       backwards (Thai ำ → ํ + า, Lao ໜ → ຫ + ນ, … → ...), or to nothing (the zero-width space, the soft
 *       hyphen): a removed character is skipped, so marks on both sides of it are checked as neighbours.</li>
 * </ul>
 * A text of simple characters whose non-starters are in canonical order folds char by char: reordering has
 * nothing to move and composition nothing to join. Any other text (a surrogate, a character folding to more, a
 * combining mark that may compose, marks out of order) goes to ICU. {@code CasefoldCharsTest} checks every BMP
 * character, every composition pair of the Unicode data, and random text of the project's scripts against ICU.
 *
 * <p>Thread-safe. The table (256 KB) is built on first use from ICU's own data: about 40 ms of CPU, once per
 * process, and only by the processes that fold (import, statistics), not by the CLI's other commands.
 */
public final class CasefoldChars {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Bits of an entry: the folded char or expansion (low 16), the canonical combining class, and flags. */
    private static final int CCC_SHIFT = 16;
    private static final int SIMPLE = 1 << 24;
    private static final int KEPT = 1 << 25;
    private static final int DIGIT = 1 << 26;
    /** Stays itself, but composes with some characters before it. */
    private static final int MAYBE = 1 << 27;
    /** Folds to the starters of {@link Table#EXPANSIONS} at the low 16 bits (none: removed). */
    private static final int EXPANDS = 1 << 28;
    /** The longest expansion folded by table (Thai ำ, Lao ໜ and … need 2 and 3). */
    public static final int MAX_EXPANSION = 3;

    private CasefoldChars() {
    }

    /** The table, built when first asked for (the CLI's other commands never pay for it). */
    private static final class Table {
        static final List<String> EXPANSION_LIST = new ArrayList<>();
        static final Map<String, Integer> EXPANSION_INDEX = new HashMap<>();
        static final int[] ENTRIES = build();
        /**
         * The expansions as arrays, not Strings: copied from a String with charAt, expansions of both internal
         * string forms (Latin-1, UTF-16) made that loop's checks fail and its callers be compiled again.
         */
        static final char[][] EXPANSIONS = EXPANSION_LIST.stream().map(String::toCharArray).toArray(char[][]::new);

        private static int[] build() {
            int[] out = new int[0x10000];
            for (int c = 0; c < out.length; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                String alone = String.valueOf((char) c);
                String folded = NFKC_CF.normalize(alone);
                int ccc = UCharacter.getCombiningClass(c);
                Normalizer.QuickCheckResult check = NFKC_CF.quickCheck(alone);
                if (folded.length() == 1) {
                    char f = folded.charAt(0);
                    int flags;
                    if (f == c && check == Normalizer.YES) {
                        flags = SIMPLE;
                    } else if (f == c && check == Normalizer.MAYBE && ccc == 0) {
                        flags = MAYBE;
                    } else if (f != c && ccc == 0 && startsAlone(f)) {
                        flags = SIMPLE;
                    } else {
                        continue;
                    }
                    int type = UCharacter.getType(f);
                    out[c] = f | ccc << CCC_SHIFT | flags | (kept(type) ? KEPT : 0)
                            | (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? DIGIT : 0);
                } else if (ccc == 0 && folded.length() <= MAX_EXPANSION
                        && folded.chars().allMatch(d -> startsAlone((char) d))) {
                    Integer index = EXPANSION_INDEX.computeIfAbsent(folded, key -> {
                        EXPANSION_LIST.add(key);
                        return EXPANSION_LIST.size() - 1;
                    });
                    out[c] = index | EXPANDS;
                }
            }
            return out;
        }

        /** A starter that folds to itself and never combines with a character before it. */
        private static boolean startsAlone(char d) {
            String alone = String.valueOf(d);
            return !Character.isSurrogate(d) && UCharacter.getCombiningClass(d) == 0
                    && NFKC_CF.quickCheck(alone) == Normalizer.YES && NFKC_CF.normalize(alone).equals(alone);
        }
    }

    /**
     * Folds {@code text[start, end)} into {@code out} from index 0 and returns the folded length; -1 when the text
     * is not simple (then {@code out} holds garbage and the text needs ICU). {@code out} needs room for
     * {@link #MAX_EXPANSION} chars per char of the text. Each folded char is one that folds to itself, so
     * {@link #entry} of it tells whether it is kept and a digit.
     */
    public static int fold(CharSequence text, int start, int end, char[] out) {
        if (text instanceof String s) {
            // the array loop over a copy: a charAt loop on strings of both internal forms (Latin-1, UTF-16) had
            // its checks fail and its callers compiled again
            char[][] holder = SCRATCH.get();
            int length = end - start;
            if (holder[1].length < length) {
                holder[1] = new char[Math.max(length, 2 * holder[1].length)];
            }
            char[] units = holder[1];
            s.getChars(start, end, units, 0);
            return fold(units, 0, length, out);
        }
        int[] table = Table.ENTRIES;
        int n = 0;
        int lastCcc = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int entry = table[c];
            if ((entry & SIMPLE) != 0) {
                int ccc = entry >>> CCC_SHIFT & 0xFF;
                if (ccc != 0 && ccc < lastCcc) {
                    return -1;
                }
                lastCcc = ccc;
                out[n++] = (char) entry;
            } else if ((entry & MAYBE) != 0) {
                if (n > 0 && composes(out[n - 1], c)) {
                    return -1;
                }
                lastCcc = 0;
                out[n++] = c;
            } else if ((entry & EXPANDS) != 0) {
                char[] expansion = Table.EXPANSIONS[entry & 0xFFFF];
                if (expansion.length > 0) {
                    for (char e : expansion) {
                        out[n++] = e;
                    }
                    lastCcc = 0;
                }
            } else {
                return -1;
            }
        }
        return n;
    }

    /**
     * {@link #fold(CharSequence, int, int, char[])} of the chars {@code text[start, end)} (a token's term buffer),
     * the same loop over an array: a term filter calls it once per token, and a {@code CharSequence} view of the
     * buffer would make the other callers' {@code charAt} a call through a third class.
     */
    public static int fold(char[] text, int start, int end, char[] out) {
        int[] table = Table.ENTRIES;
        int n = 0;
        int lastCcc = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            int entry = table[c];
            if ((entry & SIMPLE) != 0) {
                int ccc = entry >>> CCC_SHIFT & 0xFF;
                if (ccc != 0 && ccc < lastCcc) {
                    return -1;
                }
                lastCcc = ccc;
                out[n++] = (char) entry;
            } else if ((entry & MAYBE) != 0) {
                if (n > 0 && composes(out[n - 1], c)) {
                    return -1;
                }
                lastCcc = 0;
                out[n++] = c;
            } else if ((entry & EXPANDS) != 0) {
                char[] expansion = Table.EXPANSIONS[entry & 0xFFFF];
                if (expansion.length > 0) {
                    for (char e : expansion) {
                        out[n++] = e;
                    }
                    lastCcc = 0;
                }
            } else {
                return -1;
            }
        }
        return n;
    }

    /**
     * True when {@code before} and {@code c} after it compose in NFC (ICU's {@code composePair}). For a
     * {@link #MAYBE} char {@code c} ICU is asked only when {@code before} composes with some MAYBE char: most chars
     * before a Tamil ா or a Burmese ီ (a consonant) compose with none, and what each char does is learnt once.
     */
    public static boolean composes(char before, char c) {
        if ((Table.ENTRIES[c] & MAYBE) != 0) {
            byte known = Composing.STARTS[before];
            if (known == 0) {
                known = Composing.startsAny(before) ? Composing.SOME : Composing.NONE;
                Composing.STARTS[before] = known; // racing threads write the same value
            }
            if (known == Composing.NONE) {
                return false;
            }
        }
        return NFC.composePair(before, c) >= 0;
    }

    /** What {@link #composes} has learnt of the chars before a MAYBE char. */
    private static final class Composing {
        static final byte NONE = 1;
        static final byte SOME = 2;
        /** By char: 0 not known yet, {@link #NONE} when it composes with no MAYBE char after it, {@link #SOME}. */
        static final byte[] STARTS = new byte[0x10000];
        /** The MAYBE chars. */
        static final char[] MAYBE_CHARS = maybeChars();

        private static char[] maybeChars() {
            StringBuilder chars = new StringBuilder();
            for (int c = 0; c < Table.ENTRIES.length; c++) {
                if ((Table.ENTRIES[c] & MAYBE) != 0) {
                    chars.append((char) c);
                }
            }
            return chars.toString().toCharArray();
        }

        static boolean startsAny(char before) {
            for (char m : MAYBE_CHARS) {
                if (NFC.composePair(before, m) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Each thread's buffers: the folded chars of {@link #fold(String)}, and the copy of the text that
     * {@link #fold(CharSequence, int, int, char[])} folds (for {@link #fold(String)}, the word).
     */
    private static final ThreadLocal<char[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new char[][] {new char[256], new char[256]});

    /**
     * {@code word} NFKC case folded: the very same string when folding leaves it as it is. What ICU's
     * {@code Normalizer2.getNFKCCasefoldInstance().normalize(word)} gives, without asking it for simple words.
     */
    public static String fold(String word) {
        int n = word.length();
        char[][] holder = SCRATCH.get();
        int room = MAX_EXPANSION * n;
        if (holder[0].length < room || holder[0].length > 1 << 16 && holder[0].length > 4 * room) {
            holder[0] = new char[Math.max(room, 256)];  // grown for one long word, given back after it
        }
        char[] out = holder[0];
        int length = fold(word, 0, n, out);
        if (length < 0) {
            return NFKC_CF.normalize(word);
        }
        // fold(CharSequence, ...) read the word from its copy in holder[1]: compared in bulk, not with a charAt
        // loop (on words of both internal string forms, Latin-1 and UTF-16, that loop's checks failed and its
        // callers were compiled again)
        if (length == n && Arrays.equals(out, 0, n, holder[1], 0, n)) {
            return word;
        }
        return new String(out, 0, length);
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
