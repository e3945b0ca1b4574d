package org.seacorpus.lang.identify;

import com.ibm.icu.lang.UScript;

/**
 * A document's text and its address-blanked form ({@link TextShape#blankAddresses}) read once into char arrays,
 * with {@link ScriptScan}'s letter counts, reused by the thread that identifies one document after another. The
 * passes over the text (trimming paragraphs, the script scan, the letter share) read the arrays instead of the
 * strings: an array read in a counted loop needs no bounds check per character, {@code String.charAt} does one.
 *
 * <p>{@link #take} hands out the thread's buffer, or a fresh one when the thread already holds it (a nested
 * identification); {@link #release} gives it back and drops arrays grown beyond {@value #KEEP_CHARS} characters so
 * that one huge document does not stay in memory. The scan's tallies ({@link #wordChars}, {@link #visible}) add up
 * what every paragraph's scan saw.
 */
final class TextBuffer {
    /** Arrays longer than this are not kept for the next document. */
    static final int KEEP_CHARS = 1 << 20;
    private static final char[] EMPTY = new char[0];
    private static final ThreadLocal<TextBuffer> PER_THREAD = ThreadLocal.withInitial(TextBuffer::new);

    /** The text's characters in {@code [0, length)}; what lies beyond is left from earlier texts. */
    char[] text = EMPTY;
    /** The blanked text's characters: {@link #text} itself when no address was blanked. */
    char[] blanked = EMPTY;
    int length;
    /** Letters per script code for one scan ({@link ScriptScan#scan}), cleared by each scan. */
    final int[] counts = new int[UScript.CODE_LIMIT];
    /** Letters and marks outside blanked addresses, and visible characters, over every paragraph scanned. */
    int wordChars;
    int visible;
    private char[] ownBlanked = EMPTY;
    private boolean taken;

    private TextBuffer() {
    }

    /** The thread's buffer (a fresh one if the thread holds it already) filled with {@code text} and {@code blanked}. */
    static TextBuffer take(String text, String blanked) {
        TextBuffer buffer = PER_THREAD.get();
        if (buffer.taken) {
            buffer = new TextBuffer();
        }
        buffer.taken = true;
        buffer.fill(text, blanked);
        return buffer;
    }

    /** Gives the buffer back to its thread. */
    void release() {
        taken = false;
        if (text.length > KEEP_CHARS) {
            text = EMPTY;
        }
        if (ownBlanked.length > KEEP_CHARS) {
            ownBlanked = EMPTY;
        }
        blanked = EMPTY;
    }

    private void fill(String original, String blankedText) {
        int n = original.length();
        text = fitted(text, n);
        original.getChars(0, n, text, 0);
        if (blankedText == original) {
            blanked = text;
        } else {
            ownBlanked = fitted(ownBlanked, n);
            blankedText.getChars(0, n, ownBlanked, 0);
            blanked = ownBlanked;
        }
        length = n;
        wordChars = 0;
        visible = 0;
    }

    private static char[] fitted(char[] array, int n) {
        return array.length >= n ? array : new char[Math.max(n, Math.min(KEEP_CHARS, array.length * 2))];
    }

    /** True when no address was blanked out: the blanked text is the text. */
    boolean unblanked() {
        return blanked == text;
    }
}
