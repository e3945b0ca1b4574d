package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.lang.ScriptDetector;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * One pass over a stretch of text that finds what identification needs before any model is asked: the letters of
 * each script, the runs of one script, and the share of letters among visible characters. It gives the same
 * scripts and runs as {@link ScriptDetector} (ICU's {@link UScript}: letters and marks of a real script count,
 * Common and Inherited characters do not, and a run's cut moves back over the punctuation that opens the next
 * run), but reads each character's class from a table of the Basic Multilingual Plane, so it costs a few
 * nanoseconds a character instead of ICU's property look-ups and a map per text.
 *
 * <p>Stateless and thread-safe. The table is built in blocks of 256 characters, each when a character of it is
 * first met: building all of it (192 KB, ICU's properties of 65,536 characters) took a tenth of a one-line
 * {@code corpus langid}'s Java time, and a line of Thai needs two blocks.
 */
final class ScriptScan {
    /** No script: a digit, punctuation, symbol, space, or a letter of the Common/Inherited scripts. */
    static final int NONE = -1;
    /** A letter or combining mark ({@link NgramFeatures#isWordChar}). */
    static final int WORD_CHAR = 1;
    /** Neither white space nor a space character. */
    static final int VISIBLE = 2;
    private static final String[] NAMES = new String[UScript.CODE_LIMIT];
    private static final java.util.Map<String, Integer> CODES = new java.util.HashMap<>();

    static {
        for (int code = 0; code < NAMES.length; code++) {
            NAMES[code] = UScript.getShortName(code);
            CODES.putIfAbsent(NAMES[code], code);
        }
    }

    /** A run of one script: UTF-16 offsets into the scanned text, the script's code, its own letters. */
    record Run(int start, int end, int script, int letters) {
        String name() {
            return ScriptScan.name(script);
        }
    }

    /**
     * What the scan found.
     *
     * @param counts   letters per script code (index: ICU's {@code UScript} code)
     * @param letters  letters and marks of real scripts, in total
     * @param wordChars letters and marks (of any script) outside blanked-out addresses, for the letter share
     * @param visible  characters that are not white space
     * @param runs     the runs of one script, in order; the first starts at the scan's start, the last ends at its end
     */
    record Result(int[] counts, int letters, int wordChars, int visible, List<Run> runs) {
        /** The script with most letters (the first one met among equals), or {@link #NONE} without letters. */
        int dominant() {
            int best = NONE;
            for (Run run : runs) {
                if (best == NONE || counts[run.script()] > counts[best]) {
                    best = run.script();
                }
            }
            return best;
        }

        int count(int script) {
            return counts[script];
        }

        /** Letters over visible characters; 0 when nothing is visible. */
        double letterShare() {
            return visible == 0 ? 0.0 : wordChars / (double) visible;
        }
    }

    private ScriptScan() {
    }

    /** The ISO 15924 code of a script code, e.g. {@code Thai}; {@code Zyyy} for {@link #NONE}. */
    static String name(int script) {
        return script < 0 ? ScriptDetector.Result.NONE : NAMES[script];
    }

    /** The script code of an ISO 15924 code, or {@link #NONE}. */
    static int code(String name) {
        return CODES.getOrDefault(name, NONE);
    }

    /**
     * Scans {@code blanked[from, to)}, where addresses are already blanked to spaces; {@code original} is the same
     * text before blanking (a blanked address counts as visible, not as letters). Both arrays hold the text in
     * {@code [0, length)} (a surrogate pair is read as {@code String.codePointAt} reads it, up to {@code length});
     * {@code counts} (one slot per script code) is cleared and filled, and the result refers to it.
     */
    static Result scan(char[] original, char[] blanked, int length, int from, int to, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        List<Run> runs = new ArrayList<>(2);
        int runStart = from;
        int runScript = NONE;
        int runLetters = 0;
        int letters = 0;
        int wordChars = 0;
        int visible = 0;
        for (int i = from; i < to; ) {
            char c = blanked[i];
            int script;
            int flags;
            int len = 1;
            if (Character.isSurrogate(c)) {
                int cp = Character.codePointAt(blanked, i, length);
                len = Character.charCount(cp);
                script = scriptOf(cp);
                flags = flags(cp);
            } else {
                Block block = Block.of(c);
                script = block.script[c & Block.MASK];
                flags = block.flags[c & Block.MASK];
            }
            if ((flags & VISIBLE) != 0 || c == ' ' && original[i] != ' ') {
                visible++;
                if ((flags & WORD_CHAR) != 0) {
                    wordChars++;
                }
            }
            if (script != NONE) {
                letters++;
                counts[script]++;
                if (runScript == NONE) {
                    runScript = script;
                } else if (runScript != script) {
                    int cut = runBoundary(blanked, runStart, i);
                    runs.add(new Run(runStart, cut, runScript, runLetters));
                    runStart = cut;
                    runScript = script;
                    runLetters = 0;
                }
                runLetters++;
            }
            i += len;
        }
        if (runScript != NONE) {
            runs.add(new Run(runStart, to, runScript, runLetters));
        }
        return new Result(counts, letters, wordChars, visible, runs);
    }

    /** The script code of a letter or mark of a real script; {@link #NONE} otherwise (as ScriptDetector). */
    static int scriptOf(int cp) {
        if (cp < 0x10000) {
            return Block.of(cp).script[cp & Block.MASK];
        }
        return computeScript(cp);
    }

    private static int computeScript(int cp) {
        int type = UCharacter.getType(cp);
        boolean letterOrMark = type == UCharacter.UPPERCASE_LETTER || type == UCharacter.LOWERCASE_LETTER
                || type == UCharacter.TITLECASE_LETTER || type == UCharacter.MODIFIER_LETTER
                || type == UCharacter.OTHER_LETTER || type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
        if (!letterOrMark) {
            return NONE;
        }
        int script = UScript.getScript(cp);
        return script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN ? NONE : script;
    }

    /** {@link #WORD_CHAR} and {@link #VISIBLE} of a code point; from the table for the BMP but surrogates. */
    static int flagsOf(int cp) {
        return cp < 0x10000 && !Character.isSurrogate((char) cp) ? Block.of(cp).flags[cp & Block.MASK] : flags(cp);
    }

    private static int flags(int cp) {
        int flags = NgramFeatures.isWordChar(cp) ? WORD_CHAR : 0;
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? flags : flags | VISIBLE;
    }

    /** Moves a cut back over the punctuation that opens the next run, stopping at white space (as ScriptDetector). */
    private static int runBoundary(char[] text, int runStart, int nextLetter) {
        int cut = nextLetter;
        while (cut > runStart) {
            int before = Character.codePointBefore(text, cut);
            if (Character.isLetterOrDigit(before) || scriptOf(before) != NONE || Character.isWhitespace(before)) {
                break;
            }
            cut -= Character.charCount(before);
        }
        return cut;
    }

    /**
     * The classes of 256 consecutive characters of the Basic Multilingual Plane. A block is published by a plain
     * store into {@link #BLOCKS}: its arrays are filled before its constructor ends and reached through final
     * fields, so a thread that sees the block sees them filled; two threads may build the same block, equal.
     */
    private static final class Block {
        static final int BITS = 8;
        static final int MASK = (1 << BITS) - 1;
        private static final Block[] BLOCKS = new Block[0x10000 >>> BITS];

        final short[] script = new short[1 << BITS];
        final byte[] flags = new byte[1 << BITS];

        private Block(int first) {
            for (int i = 0; i <= MASK; i++) {
                int c = first + i;
                script[i] = Character.isSurrogate((char) c) ? NONE : (short) computeScript(c);
                flags[i] = (byte) flags(c);
            }
        }

        /** The block of the BMP character {@code c}, built now if no one has yet. */
        static Block of(int c) {
            Block block = BLOCKS[c >>> BITS];
            if (block == null) {
                block = new Block(c & ~MASK);
                BLOCKS[c >>> BITS] = block;
            }
            return block;
        }
    }
}
