package org.seacorpus.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.ibm.icu.text.Normalizer2;

/**
 * Script-independent rules that every text gets: the mojibake repair, byte-order marks, line endings, control
 * characters, soft hyphens, odd spaces, zero-width characters, NFC and runs of whitespace. NFC only, never NFKC:
 * NFKC before word breaking splits Thai sara am (ำ) and Lao ຳ, ໜ and ໝ.
 *
 * <p>The rules run in two groups around the per-script rules: {@link #beforeScripts()} cleans and composes the
 * text so that the script rules see NFC input; {@link #afterScripts()} tidies whitespace last.
 */
public final class GenericRules {
    private GenericRules() {
    }

    /** U+FEFF anywhere: a byte-order mark at the start, a deprecated zero-width no-break space elsewhere. */
    public static final NormalizationRule BOM = new CharDeletionRule("bom") {
        @Override
        protected boolean delete(char c) {
            return c == '\uFEFF';
        }
    };

    /** C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F, often cp1252 leftovers). */
    public static final NormalizationRule CONTROLS = new CharDeletionRule("controls") {
        @Override
        protected boolean delete(char c) {
            return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
        }
    };

    /** U+00AD SOFT HYPHEN: a hint where a line may be hyphenated, invisible otherwise; it splits words in search. */
    public static final NormalizationRule SOFT_HYPHEN = new CharDeletionRule("soft-hyphen") {
        @Override
        protected boolean delete(char c) {
            return c == '\u00AD';
        }
    };

    /**
     * Spaces other than U+0020 become U+0020: NO-BREAK SPACE, OGHAM SPACE MARK, the typographic spaces
     * U+2000–U+200A, NARROW NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE and IDEOGRAPHIC SPACE (the Unicode
     * general category Zs). Zero-width characters are not spaces here; {@link ZeroWidthRule} handles them.
     */
    public static final NormalizationRule ODD_SPACES = new NormalizationRule() {
        @Override
        public String name() {
            return "odd-spaces";
        }

        @Override
        public boolean leavesAlone(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (isOddSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            char[] chars = null;
            int changes = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isOddSpace(text.charAt(i))) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = ' ';
                    changes++;
                }
            }
            counts.add(name(), changes);
            return chars == null ? text : new String(chars);
        }
    };

    /** CR LF, lone CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF. */
    public static final NormalizationRule LINE_ENDINGS = new NormalizationRule() {
        @Override
        public String name() {
            return "line-endings";
        }

        @Override
        public boolean leavesAlone(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            StringBuilder out = null;
            int changes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    out.append('\n');
                    changes++;
                    if (crlf) {
                        i++;
                    }
                } else if (out != null) {
                    out.append(c);
                }
            }
            counts.add(name(), changes);
            return out == null ? text : out.toString();
        }
    };

    /** Unicode canonical composition (UAX #15). Counts the UTF-16 units saved, at least one per change. */
    public static final NormalizationRule NFC = new NormalizationRule() {
        private final Normalizer2 nfc = Normalizer2.getNFCInstance();

        @Override
        public String name() {
            return "nfc";
        }

        @Override
        public boolean leavesAlone(String text) {
            return nfc.isNormalized(text);
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            if (nfc.isNormalized(text)) {
                return text;
            }
            String out = nfc.normalize(text);
            if (out.equals(text)) {
                return text;
            }
            counts.add(name(), Math.max(1, text.length() - out.length()));
            return out;
        }
    };

    /**
     * Tabs and runs of spaces become one space; spaces at line ends go; more than one blank line becomes one
     * (a blank line marks a paragraph); leading and trailing blank space of the text goes.
     */
    public static final NormalizationRule WHITESPACE = new NormalizationRule() {
        @Override
        public String name() {
            return "whitespace";
        }

        @Override
        public boolean leavesAlone(String text) {
            return isTidy(text, 0, text.length());
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            if (isTidy(text, 0, text.length())) {
                return text;
            }
            int from = firstNotBlank(text);
            int to = endOfNotBlank(text, from);
            if (isTidy(text, from, to)) {
                // the usual untidiness, a final newline: the text without its blank edges
                return withoutEdges(text, from, to, counts);
            }
            return tidied(text, counts);
        }
    };

    /**
     * What {@link #WHITESPACE} gives for any text, without its looks for the usual cases first: tabs and runs of
     * spaces become one space, spaces at line ends go, runs of three or more line breaks become a blank line, the
     * blank edges go. The normaliser's fast path calls it when its one-pass look found untidiness inside the text.
     */
    public static String tidied(String text, RuleCounts counts) {
        int n = text.length();
        char[] in = new char[n];
        text.getChars(0, n, in, 0);
        char[] out = new char[n];
        int length = 0;
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c == '\n') {
                newlines++;
                pendingSpace = false;
            } else if (c == ' ' || c == '\t') {
                pendingSpace = true;
            } else {
                if (length > 0) {
                    if (newlines > 0) {
                        out[length++] = '\n';
                        if (newlines > 1) {
                            out[length++] = '\n';
                        }
                    } else if (pendingSpace) {
                        out[length++] = ' ';
                    }
                }
                newlines = 0;
                pendingSpace = false;
                out[length++] = c;
            }
        }
        if (length == n && Arrays.equals(in, 0, n, out, 0, n)) {
            return text;
        }
        counts.add(WHITESPACE.name(), Math.max(1, n - length));
        return new String(out, 0, length);
    }

    /**
     * What {@link #WHITESPACE} gives for text whose only untidiness is at its edges (tidy between its first and last
     * character that is not a space, tab or line break): the text without those edges, counted under its name.
     * The normaliser's fast path calls it when its one-pass look found exactly that.
     */
    public static String withoutBlankEdges(String text, RuleCounts counts) {
        int from = firstNotBlank(text);
        return withoutEdges(text, from, endOfNotBlank(text, from), counts);
    }

    private static String withoutEdges(String text, int from, int to, RuleCounts counts) {
        if (from == 0 && to == text.length()) {
            return text;
        }
        String stripped = text.substring(from, to);
        counts.add(WHITESPACE.name(), Math.max(1, text.length() - stripped.length()));
        return stripped;
    }

    private static int firstNotBlank(String text) {
        int from = 0;
        while (from < text.length() && isBlank(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** The end of text's last character that is not blank, not before {@code from}. */
    private static int endOfNotBlank(String text, int from) {
        int to = text.length();
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** True when {@link #WHITESPACE} has nothing to do on text[from, to): no tab, no double space, no space at a line edge… */
    private static boolean isTidy(String text, int from, int to) {
        if (from >= to) {
            return from == 0 && to == text.length();
        }
        char first = text.charAt(from);
        char last = text.charAt(to - 1);
        if (first == ' ' || first == '\n' || first == '\t' || last == ' ' || last == '\n' || last == '\t') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (c == '\t' || (c == ' ' && (before == ' ' || before == '\n')) || (c == '\n' && before == ' ')
                    || (c == '\n' && before == '\n' && i + 1 < to && text.charAt(i + 1) == '\n')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the two lines (no line breaks inside) have the same spaces and tabs in the same order between the
     * same stretches of other characters, each stretch counted as one whatever its length: then every question
     * {@link #WHITESPACE} asks (a tab, a double space, a space at a line's edge, a blank line) has the same answer
     * in a text holding either, and it removes as many characters from each.
     */
    public static boolean sameBlankShape(String a, String b) {
        if (a.length() == b.length() && sameAt(a, b, ' ') && sameAt(a, b, '\t')) {
            return true;   // blanks at the same places (a rule that rewrote letters in place): the same shape
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (x == ' ' || x == '\t' || y == ' ' || y == '\t') {
                if (x != y) {
                    return false;
                }
                i++;
                j++;
                continue;
            }
            while (i < a.length() && a.charAt(i) != ' ' && a.charAt(i) != '\t') {
                i++;
            }
            while (j < b.length() && b.charAt(j) != ' ' && b.charAt(j) != '\t') {
                j++;
            }
        }
        return i == a.length() && j == b.length();
    }

    /** True when {@code blank} is at the same places in {@code a} and {@code b} (of one length): found by {@code indexOf}, which is vectorised. */
    private static boolean sameAt(String a, String b, char blank) {
        int i = a.indexOf(blank);
        int j = b.indexOf(blank);
        while (i == j && i >= 0) {
            i = a.indexOf(blank, i + 1);
            j = b.indexOf(blank, j + 1);
        }
        return i == j;
    }

    /** True for the space characters {@link #ODD_SPACES} turns into U+0020. */
    public static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /**
     * The rules before the script rules, in order: encoding repairs first (they need the raw characters: C1
     * controls, NBSP and the soft hyphen are parts of mojibake and of TCVN3 text): the generic mojibake repair,
     * then the language modules' {@code repairs} (Vietnamese legacy fonts), then clean-up, then NFC last so that the
     * script rules see composed text. {@code scripts}: the languages' scripts, for the mojibake repair and the zero
     * width policy.
     */
    public static List<NormalizationRule> beforeScripts(List<NormalizationRule> repairs, ScriptLetters scripts) {
        List<NormalizationRule> out = new ArrayList<>(List.of(BOM, MojibakeRule.of(scripts)));
        out.addAll(repairs);
        out.addAll(List.of(LINE_ENDINGS, CONTROLS, SOFT_HYPHEN, ODD_SPACES, ZeroWidthRule.of(scripts), NFC));
        return List.copyOf(out);
    }

    /** The rules before the script rules when no language adds a repair or a script. */
    public static List<NormalizationRule> beforeScripts() {
        return beforeScripts(List.of(), ScriptLetters.NONE);
    }

    /** The rules after the script rules. */
    public static List<NormalizationRule> afterScripts() {
        return List.of(WHITESPACE);
    }

    /** Every generic rule in order, with the languages' {@code repairs} and scripts (for text without script rules). */
    public static List<NormalizationRule> all(List<NormalizationRule> repairs, ScriptLetters scripts) {
        List<NormalizationRule> out = new ArrayList<>(beforeScripts(repairs, scripts));
        out.addAll(afterScripts());
        return List.copyOf(out);
    }

    /** Every generic rule in order, without any language's repairs or scripts. */
    public static List<NormalizationRule> all() {
        return all(List.of(), ScriptLetters.NONE);
    }

    /**
     * Every generic rule except the encoding repairs, which rewrite letters on purpose (Ã© → é, ViÖt → Việt):
     * what is left only removes invisible characters, unifies spaces and line ends, and composes.
     */
    public static List<NormalizationRule> cleanup(ScriptLetters scripts) {
        return List.of(BOM, LINE_ENDINGS, CONTROLS, SOFT_HYPHEN, ODD_SPACES, ZeroWidthRule.of(scripts), NFC,
                WHITESPACE);
    }
}
