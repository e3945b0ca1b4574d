package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules that join pieces a word breaker cut apart, and one that cuts what it glued (digits run into the letters of
 * a script written without spaces, as the language modules declare them: ICU gives {@code ปี2500} as one word): words joined by a hyphen ({@code anak-anak}, reduplication in
 * Malay and Indonesian; {@code nag-aaral}, Tagalog affixes), numbers joined by {@code :} or {@code /} (times,
 * dates), and runs of capitalised syllables (Vietnamese names: {@code Nguyễn Văn An}, {@code Hà Nội}).
 * Pure functions over token lists; thread-safe.
 */
final class TokenJoins {
    private static final String HYPHENS = "-\u2010\u2011";
    private static final String NUMBER_JOINERS = ":/";
    private static final String SENTENCE_ENDS = ".!?:;\n\"“”«»()[]…";

    private TokenJoins() {
    }

    /**
     * {@link #numbers}, then {@link #hyphens} when {@code hyphens} is set, each run only when some gap between two
     * tokens is a single char it joins across: a text with no such gap (most have none) costs one look at each gap.
     * Joining numbers only makes gaps disappear, so a hyphen the first look did not see is not there after it.
     */
    static List<Token> numbersAndHyphens(String text, List<Token> tokens, boolean hyphens) {
        boolean numberGap = false;
        boolean hyphenGap = false;
        for (int i = 1; i < tokens.size(); i++) {
            int gap = tokens.get(i - 1).end();
            if (tokens.get(i).start() - gap == 1) {
                char c = text.charAt(gap);
                numberGap |= NUMBER_JOINERS.indexOf(c) >= 0;
                hyphenGap |= HYPHENS.indexOf(c) >= 0;
            }
        }
        List<Token> out = numberGap ? numbers(text, tokens) : tokens;
        return hyphens && hyphenGap ? hyphens(text, out) : out;
    }

    /** WORD-WORD and WORD-NUMBER with one hyphen and no space between become one word. */
    static List<Token> hyphens(String text, List<Token> tokens) {
        return join(text, tokens, (left, right, gapStart, gapEnd) -> gapEnd - gapStart == 1
                && HYPHENS.indexOf(text.charAt(gapStart)) >= 0 && left.kind() == Token.Kind.WORD
                && (right.kind() == Token.Kind.WORD || right.kind() == Token.Kind.NUMBER), Token.Kind.WORD);
    }

    /** NUMBER:NUMBER and NUMBER/NUMBER with nothing else between become one number. */
    static List<Token> numbers(String text, List<Token> tokens) {
        return join(text, tokens, (left, right, gapStart, gapEnd) -> gapEnd - gapStart == 1
                && NUMBER_JOINERS.indexOf(text.charAt(gapStart)) >= 0
                && left.kind() == Token.Kind.NUMBER && right.kind() == Token.Kind.NUMBER, Token.Kind.NUMBER);
    }

    /**
     * Two or more capitalised syllables separated by single spaces become one name; pieces already merged by a
     * word list are left alone, and a listed title ({@code Ông}, {@code Bà}) never starts a name. A syllable
     * that opens a sentence is capitalised anyway, so there it takes three to make a name (Vietnamese personal
     * names have three syllables or more; two-syllable places come from the word list).
     */
    static List<Token> names(String text, List<Token> tokens, WordList titles) {
        List<Token> out = null;   // made when the first name is found: most texts have none
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            if (capitalised(tokens.get(i)) && !titles.isWord(text, tokens.get(i).start(), tokens.get(i).end())) {
                while (j + 1 < tokens.size() && capitalised(tokens.get(j + 1))
                        && isSingleSpace(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
                    j++;
                }
            }
            int length = j - i + 1;
            if (length >= 2 && (length >= 3 || !opensSentence(text, tokens.get(i).start()))) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(tokens.get(i).span(text, tokens.get(i).start(), tokens.get(j).end(), Token.Kind.WORD));
                i = j + 1;
            } else {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                i++;
            }
        }
        return out == null ? tokens : out;
    }

    /** A word of two chars or more, with no space, whose first code point alone is upper case. */
    private static boolean capitalised(Token token) {
        String t = token.text();
        if (token.kind() != Token.Kind.WORD || t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(t.codePointAt(0)); i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (cp == ' ' || Character.isUpperCase(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    static boolean isSingleSpace(String text, int from, int to) {
        return to - from == 1 && (text.charAt(from) == ' ' || text.charAt(from) == '\u00A0');
    }

    /**
     * Cuts a word where digits meet letters of a script written without spaces: one of {@code unspaced}, which
     * the language modules declare (Thai, Lao, Burmese and Khmer among the built-in ones).
     */
    static List<Token> digitsFromLetters(String text, List<Token> tokens, UnspacedScripts unspaced) {
        if (!unspaced.anyIn(text)) {
            return tokens;
        }
        List<Token> out = null;   // made at the first word that is cut: most texts have none
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            boolean cut = token.kind() != Token.Kind.URL && token.kind() != Token.Kind.EMAIL
                    && firstDigitEdge(text, token.start(), token.end(), unspaced) > 0;
            if (cut && out == null) {
                out = new ArrayList<>(tokens.size() + 4);
                out.addAll(tokens.subList(0, t));
            }
            if (cut) {
                cutDigits(text, token, unspaced, out);
            } else if (out != null) {
                out.add(token);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The first offset after {@code from} in {@code text[from, to)} where a digit meets a letter and one of the two
     * is of a script written without spaces (never inside a surrogate pair), or -1.
     */
    private static int firstDigitEdge(String text, int from, int to, UnspacedScripts unspaced) {
        for (int i = from + 1; i < to; i++) {
            char prev = text.charAt(i - 1);
            char c = text.charAt(i);
            if ((unspaced.at(text, i - 1) || unspaced.at(text, i)) && Character.isDigit(prev) != Character.isDigit(c)
                    && !Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the pieces of {@code token} cut at every digit edge to {@code out}. */
    private static void cutDigits(String text, Token token, UnspacedScripts unspaced, List<Token> out) {
        int start = token.start();
        for (int edge = firstDigitEdge(text, start, token.end(), unspaced); edge > 0;
             edge = firstDigitEdge(text, edge, token.end(), unspaced)) {
            out.add(piece(text, start, edge));
            start = edge;
        }
        out.add(piece(text, start, token.end()));
    }

    private static Token piece(String text, int start, int end) {
        boolean digits = true;
        for (int i = start; i < end && digits; i++) {
            digits = Character.isDigit(text.charAt(i));
        }
        return new Token(text.substring(start, end), start, end, digits ? Token.Kind.NUMBER : Token.Kind.WORD);
    }

    @FunctionalInterface
    private interface Joinable {
        /** May {@code left} and {@code right} join across {@code text[gapStart, gapEnd)}? */
        boolean test(Token left, Token right, int gapStart, int gapEnd);
    }

    /** The tokens with every joinable pair joined; {@code tokens} itself when nothing joins. */
    private static List<Token> join(String text, List<Token> tokens, Joinable joinable, Token.Kind kind) {
        int first = 1;
        while (first < tokens.size() && !joinable.test(tokens.get(first - 1), tokens.get(first),
                tokens.get(first - 1).end(), tokens.get(first).start())) {
            first++;
        }
        if (first >= tokens.size()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        out.addAll(tokens.subList(0, first - 1));
        Token current = tokens.get(first - 1);
        for (int i = first; i < tokens.size(); i++) {
            Token next = tokens.get(i);
            Token last = tokens.get(i - 1);
            // the gap after the token before: current ends where last ends, merged or not
            if (joinable.test(last, next, current.end(), next.start())) {
                current = current.span(text, current.start(), next.end(), kind);
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }
}
