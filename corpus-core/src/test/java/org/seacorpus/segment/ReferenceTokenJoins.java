package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules that join pieces a word breaker cut apart, and one that cuts what it glued (digits run into Thai, Lao,
 * Khmer or Burmese letters: ICU gives {@code ปี2500} as one word): words joined by a hyphen ({@code anak-anak}, reduplication in
 * Malay and Indonesian; {@code nag-aaral}, Tagalog affixes), numbers joined by {@code :} or {@code /} (times,
 * dates), and runs of capitalised syllables (Vietnamese names: {@code Nguyễn Văn An}, {@code Hà Nội}).
 * Pure functions over token lists; thread-safe.
 *
 * <p>The oracle of the fast paths: this is the step as it was written at e53ed14 (session 11's start), kept unchanged
 * in the test tree so that {@link ReferenceSegmenter} can check the shipped segmenter against it.
 */final class ReferenceTokenJoins {
    private static final String HYPHENS = "-\u2010\u2011";
    private static final String NUMBER_JOINERS = ":/";
    private static final String SENTENCE_ENDS = ".!?:;\n\"“”«»()[]…";

    private ReferenceTokenJoins() {
    }

    /** WORD-WORD and WORD-NUMBER with one hyphen and no space between become one word. */
    static List<Token> hyphens(String text, List<Token> tokens) {
        return join(text, tokens, (left, right, gap) -> gap.length() == 1 && HYPHENS.indexOf(gap.charAt(0)) >= 0
                && left.kind() == Token.Kind.WORD
                && (right.kind() == Token.Kind.WORD || right.kind() == Token.Kind.NUMBER), Token.Kind.WORD);
    }

    /** NUMBER:NUMBER and NUMBER/NUMBER with nothing else between become one number. */
    static List<Token> numbers(String text, List<Token> tokens) {
        return join(text, tokens, (left, right, gap) -> gap.length() == 1
                && NUMBER_JOINERS.indexOf(gap.charAt(0)) >= 0
                && left.kind() == Token.Kind.NUMBER && right.kind() == Token.Kind.NUMBER, Token.Kind.NUMBER);
    }

    /**
     * Two or more capitalised syllables separated by single spaces become one name; pieces already merged by a
     * word list are left alone, and a listed title ({@code Ông}, {@code Bà}) never starts a name. A syllable
     * that opens a sentence is capitalised anyway, so there it takes three to make a name (Vietnamese personal
     * names have three syllables or more; two-syllable places come from the word list).
     */
    static List<Token> names(String text, List<Token> tokens, WordList titles) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            if (capitalised(tokens.get(i)) && !titles.isWord(tokens.get(i).text())) {
                while (j + 1 < tokens.size() && capitalised(tokens.get(j + 1))
                        && isSingleSpace(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
                    j++;
                }
            }
            int length = j - i + 1;
            if (length >= 2 && (length >= 3 || !opensSentence(text, tokens.get(i).start()))) {
                out.add(tokens.get(i).span(text, tokens.get(i).start(), tokens.get(j).end(), Token.Kind.WORD));
                i = j + 1;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean capitalised(Token token) {
        String t = token.text();
        if (token.kind() != Token.Kind.WORD || t.length() < 2 || t.indexOf(' ') >= 0
                || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        return t.codePoints().skip(1).noneMatch(Character::isUpperCase);
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

    /** Cuts a word where digits meet letters of a script written without spaces. */
    static List<Token> digitsFromLetters(String text, List<Token> tokens) {
        List<Token> out = null;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            List<Token> pieces = token.kind() == Token.Kind.URL || token.kind() == Token.Kind.EMAIL ? List.of()
                    : cutDigits(text, token);
            if (pieces.size() > 1 && out == null) {
                out = new ArrayList<>(tokens.subList(0, t));
            }
            if (out != null) {
                out.addAll(pieces.size() > 1 ? pieces : List.of(token));
            }
        }
        return out == null ? tokens : out;
    }

    private static List<Token> cutDigits(String text, Token token) {
        List<Token> out = new ArrayList<>(2);
        int start = token.start();
        for (int i = token.start() + 1; i < token.end(); i++) {
            char prev = text.charAt(i - 1);
            char c = text.charAt(i);
            boolean digitEdge = Character.isDigit(prev) != Character.isDigit(c);
            if (digitEdge && (unspacedScript(prev) || unspacedScript(c)) && !Character.isLowSurrogate(c)) {
                out.add(piece(text, start, i));
                start = i;
            }
        }
        if (out.isEmpty()) {
            return List.of(token);
        }
        out.add(piece(text, start, token.end()));
        return out;
    }

    private static Token piece(String text, int start, int end) {
        boolean digits = text.substring(start, end).chars().allMatch(Character::isDigit);
        return new Token(text.substring(start, end), start, end, digits ? Token.Kind.NUMBER : Token.Kind.WORD);
    }

    private static boolean unspacedScript(char c) {
        return (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F')
                || (c >= '\u1780' && c <= '\u17FF');
    }

    @FunctionalInterface
    private interface Joinable {
        boolean test(Token left, Token right, String gap);
    }

    private static List<Token> join(String text, List<Token> tokens, Joinable joinable, Token.Kind kind) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        Token current = tokens.get(0);
        for (int i = 1; i < tokens.size(); i++) {
            Token next = tokens.get(i);
            String gap = text.substring(current.end(), next.start());
            Token last = tokens.get(i - 1);
            if (joinable.test(last, next, gap)) {
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
