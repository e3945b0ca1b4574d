package org.seacorpus.util;

/**
 * Makes text from inputs (file names, ids, metadata, tags, queries, error messages) safe to show to a person: on a
 * terminal, in a plain-text report, in Markdown. Input text is hostile until shown otherwise: a newline in a file
 * name forges a report line, {@code ESC [2J} clears the screen, an OSC sequence sets the window title or writes a
 * hyperlink, a bidi override reorders what the reader sees. JSON output needs none of this (the JSON writer
 * escapes control characters); every human printer calls one of the methods here.
 *
 * <p>Escaped are: the C0 and C1 control characters and DEL (Unicode category Cc, which holds ESC, CSI, OSC,
 * BEL, CR, LF, TAB, NEL), the line and paragraph separators U+2028 and U+2029, and the bidi embedding, override
 * and isolate controls U+202A–U+202E and U+2066–U+2069. They are written as {@code \n}, {@code \r}, {@code \t},
 * {@code \e} (ESC), {@code \xHH} below U+0100, and {@code \\uHHHH} above. Every other character, Thai, Khmer or
 * Burmese marks, zero-width joiners and emoji included, is left as it is. A string with nothing to escape is
 * returned as the same instance.
 */
public final class SafeText {
    /** Characters that start emphasis, code, links, images, HTML, entities, table cells or headings. */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~&!#";

    private SafeText() {
    }

    /** One field on one line: every control character escaped, newlines and tabs included. */
    public static String oneLine(String s) {
        return escape(s, false);
    }

    /**
     * Text that may span lines, for a terminal: line feeds and tabs are kept (a CR LF pair becomes a line feed),
     * every other control character is escaped. The last line of defence of a printer; names and other fields
     * inside a line still go through {@link #oneLine}.
     */
    public static String lines(String s) {
        return escape(s, true);
    }

    /** {@link #oneLine}, then cut to at most {@code max} characters (ending in {@code …} when cut). */
    public static String oneLine(String s, int max) {
        String line = oneLine(s);
        if (line.length() <= max) {
            return line;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }

    /**
     * Inline Markdown text (a heading, a table cell, a list item): control characters escaped as in
     * {@link #oneLine}, then the punctuation Markdown gives a meaning inline
     * (emphasis, code, links, images, HTML tags and entities, table cells, headings) backslash-escaped, so the text
     * shows as written and cannot end a table cell or the line it is on.
     */
    public static String markdown(String s) {
        String line = oneLine(s);
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 16).append(line, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? line : out.toString();
    }

    /**
     * A Markdown code span showing {@code s} exactly (control characters escaped as in {@link #oneLine}): the fence
     * is one backtick longer than the longest run of backticks inside, with spaces inside the fence when the text
     * starts or ends with a backtick (CommonMark 6.1).
     */
    public static String markdownCode(String s) {
        String line = oneLine(s);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
        return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
    }

    /** True when the character is one this class escapes (for tests and for callers that only check). */
    public static boolean isUnsafe(int cp) {
        return Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // characters outside the BMP are never unsafe, so a char-wise scan is exact
            boolean unsafe = isUnsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
            if (keepLines && c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                continue; // CR LF: the LF that follows is kept
            }
            if (!unsafe) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x1B -> out.append("\\e");
                default -> {
                    if (c < 0x100) {
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
