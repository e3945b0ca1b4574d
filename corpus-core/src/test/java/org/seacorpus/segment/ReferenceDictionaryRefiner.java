package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies a {@link WordList} to the pieces a word breaker found: the longest run of adjacent pieces that spells a
 * listed word becomes one word (forward longest match, as in dictionary segmenters since Poowarawan 1986), then
 * listed compounds are cut where the list says. In an unspaced language pieces must touch; in a spaced one
 * (Vietnamese syllables) one space may separate them. URLs and e-mail addresses are never merged.
 *
 * <p>The oracle of the fast paths: this is the step as it was written at e53ed14 (session 11's start), kept unchanged
 * in the test tree so that {@link ReferenceSegmenter} can check the shipped segmenter against it.
 */final class ReferenceDictionaryRefiner {
    /** More pieces than this never make one word. */
    private static final int MAX_PIECES = 8;

    private final WordList words;
    private final boolean spaced;

    ReferenceDictionaryRefiner(WordList words, boolean spaced) {
        this.words = words;
        this.spaced = spaced;
    }

    List<Token> apply(String text, List<Token> tokens) {
        if (words.isEmpty() || tokens.isEmpty()) {
            return tokens;
        }
        return split(text, merge(text, tokens));
    }

    private List<Token> merge(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int best = -1;
            if (mergeable(first)) {
                for (int j = i + 1; j < tokens.size() && j - i < MAX_PIECES; j++) {
                    Token piece = tokens.get(j);
                    if (!mergeable(piece) || !adjacent(text, tokens.get(j - 1).end(), piece.start())
                            || piece.end() - first.start() > words.longest() + MAX_PIECES) {
                        break;
                    }
                    if (words.isWord(text, first.start(), piece.end())) {
                        best = j;
                    }
                }
            }
            if (best > 0) {
                out.add(first.span(text, first.start(), tokens.get(best).end(), Token.Kind.WORD));
                i = best + 1;
            } else {
                out.add(first);
                i++;
            }
        }
        return out;
    }

    private List<Token> split(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            Optional<List<String>> pieces = mergeable(token) ? words.splitOf(token.text()) : Optional.empty();
            List<Token> cut = pieces.isPresent() ? cut(text, token, pieces.get()) : List.of();
            if (cut.isEmpty()) {
                out.add(token);
            } else {
                out.addAll(cut);
            }
        }
        return out;
    }

    /** The token cut into the listed pieces, or nothing when its text does not spell them exactly. */
    private static List<Token> cut(String text, Token token, List<String> pieces) {
        List<Token> out = new ArrayList<>(pieces.size());
        int pos = token.start();
        for (String piece : pieces) {
            while (pos < token.end() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            int end = pos + piece.length();
            if (end > token.end() || !text.substring(pos, end).toLowerCase(Locale.ROOT).equals(piece)) {
                return List.of();
            }
            out.add(token.span(text, pos, end, token.kind()));
            pos = end;
        }
        return pos == token.end() ? out : List.of();
    }

    private static boolean mergeable(Token token) {
        return token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.NUMBER;
    }

    private boolean adjacent(String text, int end, int nextStart) {
        return end == nextStart || spaced && TokenJoins.isSingleSpace(text, end, nextStart);
    }
}
