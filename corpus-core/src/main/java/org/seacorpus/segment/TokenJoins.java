package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules that join pieces a word breaker cut apart: words joined by a hyphen ({@code anak-anak}, reduplication in
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
