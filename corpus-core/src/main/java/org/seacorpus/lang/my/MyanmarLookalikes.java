package org.seacorpus.lang.my;

import java.util.StringJoiner;

import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Repairs Burmese letters typed as the digits they look like: ၀ (U+1040, zero) for ဝ (U+101D, letter wa), the
 * other way round among digits, and ၄ (U+1044, four) for ၎ (U+104E) in ၎င်း. Only where the context leaves no
 * doubt:
 *
 * <ul>
 *   <li>၀ → ဝ when a dependent sign follows (a digit takes no vowel sign: ၀ါ, ၀ိ), when a killed consonant
 *       follows (၀န်, ၀င်, ၀ယ်), or between two letters of a word; never next to another digit (၁၀, ၂၀၂၄);</li>
 *   <li>ဝ → ၀ between digits or after a digit at the end of a number (၁ဝ → ၁၀), when no sign follows;</li>
 *   <li>၄င်း → ၎င်း when not part of a number, and the other way round ၎ → ၄ where it stands in a number or
 *       before the sentence mark (၎။, ၁၎): Zawgyi-to-Unicode converters guess ၎ for a ၄ that ends a list number.</li>
 * </ul>
 * Source: UTN #11 "Representing Myanmar in Unicode" (v4), §"Confusable characters", which names these pairs.
 * Runs only on lines that are Burmese (not Shan, Mon or Karen).
 */
public final class MyanmarLookalikes implements NormalizationRule {
    public static final MyanmarLookalikes INSTANCE = new MyanmarLookalikes();

    private static final char ZERO = '\u1040';
    private static final char WA = '\u101D';
    private static final char FOUR = '\u1044';
    private static final char AFOREMENTIONED = '\u104E';
    private static final String NGA_ASAT_VISARGA = "\u1004\u103A\u1038";

    private MyanmarLookalikes() {
    }

    @Override
    public String name() {
        return "myanmar-lookalikes";
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        if (text.indexOf(ZERO) < 0 && text.indexOf(WA) < 0 && text.indexOf(FOUR) < 0
                && text.indexOf(AFOREMENTIONED) < 0) {
            return text;
        }
        int[] changes = new int[1];
        StringJoiner out = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            out.add(MyanmarChars.isBurmeseOnly(line) ? repairUntilStable(line, changes) : line);
        }
        if (changes[0] == 0) {
            return text;
        }
        counts.add(name(), changes[0]);
        return out.toString();
    }

    /** A repair can make the context of its neighbour (၁၎ဝ: ၎ → ၄, then ဝ → ၀), so a line is done in rounds. */
    private static String repairUntilStable(String line, int[] changes) {
        String current = line;
        for (int round = 0; round < 4; round++) {
            int before = changes[0];
            current = repairLine(current, changes);
            if (changes[0] == before) {
                break;
            }
        }
        return current;
    }

    private static String repairLine(String line, int[] changes) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char repaired = repairAt(line, i);
            if (repaired != 0) {
                chars[i] = repaired;
                changes[0]++;
            }
        }
        return new String(chars);
    }

    /** The letter or digit that line[i] stands for when it is a look-alike typed for it, else 0. */
    private static char repairAt(String line, int i) {
        char c = line.charAt(i);
        if (c != ZERO && c != WA && c != FOUR && c != AFOREMENTIONED) {
            return 0;
        }
        char prev = i > 0 ? line.charAt(i - 1) : 0;
        char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
        char afterNext = i + 2 < line.length() ? line.charAt(i + 2) : 0;
        if (c == ZERO && !MyanmarChars.isDigit(prev) && !MyanmarChars.isDigit(next)
                && (MyanmarChars.isSign(next)
                    || (MyanmarChars.isConsonant(next) && afterNext == MyanmarChars.ASAT_SIGN)
                    || (isLetterOrSign(prev) && MyanmarChars.isBase(next)))) {
            return WA;
        } else if (c == WA && MyanmarChars.isDigit(prev) && !MyanmarChars.isSign(next)
                && !MyanmarChars.isBase(next)) {
            return ZERO;
        } else if (c == FOUR && !MyanmarChars.isDigit(prev) && line.startsWith(NGA_ASAT_VISARGA, i + 1)) {
            return AFOREMENTIONED;
        } else if (c == AFOREMENTIONED && !line.startsWith(NGA_ASAT_VISARGA, i + 1)
                && (MyanmarChars.isDigit(prev) || MyanmarChars.isDigit(next) || isSectionMark(next))) {
            return FOUR;
        }
        return 0;
    }

    /**
     * True when no look-alike is repaired: no Burmese line holds one where its context gives it away. One pass over
     * the text itself, without a copy of each line: only the four look-alikes can be repaired, {@link #repairAt}
     * reads the text around one as it reads its line (a line feed next to it counts as the line's end does: neither
     * is a digit, sign, letter or section mark, and ၎င်း holds no line feed), and whether the line is Burmese is
     * asked only of a line where a repair would be made.
     */
    @Override
    public boolean leavesAlone(String text) {
        int n = text.length();
        int lineStart = 0;
        int checkedLine = -1;   // the start of a line found not Burmese-only, whose look-alikes are left
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                continue;
            }
            if (c != ZERO && c != WA && c != FOUR && c != AFOREMENTIONED || checkedLine == lineStart
                    || repairAt(text, i) == 0) {
                continue;
            }
            int lineEnd = text.indexOf('\n', i);
            if (MyanmarChars.isBurmeseOnly(text, lineStart, lineEnd < 0 ? n : lineEnd)) {
                return false;
            }
            checkedLine = lineStart;
        }
        return true;
    }

    /** ၊ and ။, the Myanmar comma and full stop. */
    private static boolean isSectionMark(char c) {
        return c == '\u104A' || c == '\u104B';
    }

    private static boolean isLetterOrSign(char c) {
        return MyanmarChars.isBase(c) || MyanmarChars.isSign(c);
    }
}
