package org.seacorpus.lang.identify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells text from non-text before identification: web addresses and e-mail addresses are blanked out (replaced by
 * spaces, so offsets stay valid), then the share of letters among the remaining visible characters is measured. A
 * piece that is mostly digits, symbols, punctuation or addresses (a table of figures, a list of links, a line of
 * emoji) has no language: {@code und}.
 */
final class TextShape {
    /** Below this share of letters among visible characters a text is not language. */
    static final double MIN_LETTER_SHARE = 0.5;
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private TextShape() {
    }

    /** The text with every URL and e-mail address replaced by spaces of the same length. */
    static String blankAddresses(String text) {
        if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && !containsIgnoreCase(text, "www.")) {
            return text;
        }
        Matcher m = ADDRESS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    private static boolean containsIgnoreCase(String text, String needle) {
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters (and combining marks) over visible characters of {@code blanked} in [start, end), where blanked-out
     * addresses count as visible non-letters; 0 when nothing is visible. The classes come from
     * {@link ScriptScan#flagsOf}'s table: the same tests, one look-up a character. Both arrays hold the text in
     * {@code [0, length)} (a surrogate pair is read as {@code String.codePointAt} reads it, up to {@code length}).
     */
    static double letterShare(char[] original, char[] blanked, int length, int start, int end) {
        int letters = 0;
        int visible = 0;
        for (int i = start; i < end; ) {
            char c = original[i];
            int flags;
            int len = 1;
            if (Character.isSurrogate(c)) {
                int cp = Character.codePointAt(original, i, length);
                len = Character.charCount(cp);
                flags = ScriptScan.flagsOf(cp);
            } else {
                flags = ScriptScan.flagsOf(c);
            }
            if ((flags & ScriptScan.VISIBLE) != 0) {
                visible++;
                if ((flags & ScriptScan.WORD_CHAR) != 0 && blanked[i] != ' ') {
                    letters++;
                }
            }
            i += len;
        }
        return visible == 0 ? 0.0 : letters / (double) visible;
    }
}
