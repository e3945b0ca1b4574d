package org.seacorpus.normalize;

import java.util.function.IntPredicate;

/**
 * Repairs UTF-8 that was decoded as windows-1252 or ISO-8859-1 ("Ã©" for "é", "â€™" for "’", "à¸ª" for
 * "ส"), also when it happened twice. Only where it is clearly mojibake: a stretch is replaced when its characters,
 * mapped back to the bytes they were read from, form a strictly valid UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates) whose character lies where real text of this corpus is: a generic block (Latin with the
 * letters of the Latin-script languages, combining marks, Greek, Cyrillic, punctuation, currency, letterlike
 * symbols, CJK punctuation and kana, Hangul, full-width forms, emoji) or a character of the scripts of the corpus's
 * own languages, which the language layer hands in ({@link ScriptLetters#own()}). Valid text practically never has
 * an accented capital followed by a C1 control or a cp1252 punctuation mark that together spell such a character,
 * so ordinary text in any language is left alone.
 */
public final class MojibakeRule implements NormalizationRule {
    /** The rule that repairs into the generic blocks only (no language's script). */
    public static final MojibakeRule GENERIC = new MojibakeRule(ScriptLetters.NONE.own());

    /** Double encoding needs two passes; three covers the triple encodings seen in scraped text. */
    private static final int MAX_PASSES = 3;

    /** The windows-1252 characters of bytes 0x80–0x9F (0 where the byte is undefined and reads as a C1 control). */
    private static final char[] CP1252_HIGH = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };

    /** The characters of the corpus's own scripts, plausible besides the generic blocks. */
    private final IntPredicate own;

    private MojibakeRule(IntPredicate own) {
        this.own = own;
    }

    /** The rule that also repairs into the scripts of the corpus's languages ({@link ScriptLetters#own()}). */
    public static MojibakeRule of(ScriptLetters scripts) {
        return new MojibakeRule(scripts.own());
    }

    @Override
    public String name() {
        return "mojibake";
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        String current = text;
        int repaired = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int[] fixes = new int[1];
            String next = repairOnce(current, fixes);
            if (fixes[0] == 0) {
                break;
            }
            repaired += fixes[0];
            current = next;
        }
        counts.add(name(), repaired);
        return repaired == 0 ? text : current;
    }

    /**
     * True when no character could start a misread UTF-8 sequence: no lead byte (Â–ô read as windows-1252) followed
     * by a character read from a continuation byte. Vietnamese and other accented text passes: its à or ê is
     * followed by a letter, not by a continuation byte.
     */
    @Override
    public boolean leavesAlone(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char lead = text.charAt(i);
            if (lead >= 0xC2 && lead <= 0xF4) {
                int b = byteOf(text.charAt(i + 1));
                if (b >= 0x80 && b <= 0xBF) {
                    return false;
                }
            }
        }
        return true;
    }

    private String repairOnce(String text, int[] fixes) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int lead = text.charAt(i);
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            int cp = length == 0 || i + length > text.length() ? -1 : decode(text, i, length);
            if (cp >= 0 && (generic(cp) || own.test(cp))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.appendCodePoint(cp);
                fixes[0]++;
                i += length;
            } else {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The code point the UTF-8 bytes behind text[i, i+length) spell, or -1 if they are not strict UTF-8. */
    private static int decode(String text, int i, int length) {
        int lead = text.charAt(i);
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            if (k == 1 && !secondByteAllowed(lead, b)) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        return cp;
    }

    /** RFC 3629 table 4: the second byte ranges that exclude overlong forms, surrogates and values past U+10FFFF. */
    private static boolean secondByteAllowed(int lead, int b) {
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b <= 0x9F;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b <= 0x8F;
            default -> true;
        };
    }

    /**
     * The byte a character was read from (windows-1252, or ISO-8859-1 for C1 controls), or -1: for repairs of
     * legacy encodings that were misread the same way.
     */
    public static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0; b < CP1252_HIGH.length; b++) {
            if (CP1252_HIGH[b] == c) {
                return 0x80 + b;
            }
        }
        return -1;
    }

    /**
     * The generic blocks that text in this corpus uses, whatever its language; a repair into anything else (and
     * not into a language's own script) is more likely a false alarm. Latin is limited to Latin-1, Extended-A, the
     * Vietnamese horned letters and Extended Additional: Extended-B and IPA would turn "È»" or "É»" of French or
     * Italian text into Ȼ or ɻ. C1 controls count too: "Â" before a C1 control is never text, and in double
     * encoding it is the middle step.
     */
    private static boolean generic(int cp) {
        return (cp >= 0x80 && cp <= 0x17F) || cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0
                || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF)
                || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2000 && cp <= 0x206F)
                || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x218F) || (cp >= 0x3000 && cp <= 0x30FF)
                || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }
}
