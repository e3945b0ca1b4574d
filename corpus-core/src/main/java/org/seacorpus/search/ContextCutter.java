package org.seacorpus.search;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;

/**
 * Cuts the context on either side of a concordance hit, always at a word boundary as the language's segmenter
 * finds words (so a Thai, Lao, Khmer or Burmese context starts and ends on whole words although the text has
 * no spaces). The words are the document's own, as the import found them (the index's tokens), or, for a
 * document stored without them, those of a window around the hit cut again by the segmenter, widened until it
 * holds enough words (a word cut by the window's edge is dropped). Context is measured in words, or in display
 * columns ({@link DisplayWidth}): then it holds as many whole words as fit, and only a single word wider than the
 * space is cut, between clusters.
 */
final class ContextCutter {
    /** A context as written (whitespace runs shown as one space) and its words as written, in order. */
    record Context(String text, List<String> words) {
    }

    private ContextCutter() {
    }

    /**
     * The left context from the document's words before the hit ({@code before}, in text order, the last one
     * ending at or before {@code hitStart}).
     */
    static Context left(String text, int hitStart, List<Token> before, int size, boolean columns) {
        return columns ? leftColumns(text, hitStart, before, size) : leftWords(text, hitStart, before, size);
    }

    /** The right context from the document's words after the hit ({@code after}, in text order). */
    static Context right(String text, int hitEnd, List<Token> after, int size, boolean columns) {
        return columns ? rightColumns(text, hitEnd, after, size) : rightWords(text, hitEnd, after, size);
    }

    /** How many characters of text a context of {@code size} words or columns reaches at most, for the caller. */
    static int reach(int size, boolean columns) {
        return columns ? 8 * size + 64 : Integer.MAX_VALUE;
    }

    /**
     * The left context of the hit text[hitStart, hitEnd), cut from a window that ends with the hit: the segmenter
     * sees the hit as it sees it in the whole text, so words whose cut depends on their neighbour (a Vietnamese
     * name after a capitalised syllable, a Thai dictionary match) come out as the import found them.
     */
    static Context left(String text, int hitStart, int hitEnd, Segmenter segmenter, int size, boolean columns) {
        int span = columns ? 3 * size + 32 : 16 * size + 32;
        while (true) {
            int from = safeStart(text, Math.max(0, hitStart - span));
            List<Token> tokens = before(segmenter, text, from, hitStart, hitEnd);
            if (from > 0 && !tokens.isEmpty() && tokens.get(0).start() == from) {
                tokens.remove(0); // may be the tail of a longer word
            }
            int reach = tokens.isEmpty() ? hitStart : tokens.get(0).start();
            boolean enough = columns ? width(text, reach, hitStart) > size : tokens.size() >= size;
            if (enough || from == 0) {
                return columns ? leftColumns(text, hitStart, tokens, size) : leftWords(text, hitStart, tokens, size);
            }
            span *= 2;
        }
    }

    /** The right context of the hit text[hitStart, hitEnd), cut from a window that starts with the hit. */
    static Context right(String text, int hitStart, int hitEnd, Segmenter segmenter, int size, boolean columns) {
        int span = columns ? 3 * size + 32 : 16 * size + 32;
        while (true) {
            int to = safeEnd(text, Math.min(text.length(), hitEnd + span));
            List<Token> tokens = after(segmenter, text, hitStart, hitEnd, to);
            if (to < text.length() && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == to) {
                tokens.remove(tokens.size() - 1); // may be the head of a longer word
            }
            int reach = tokens.isEmpty() ? hitEnd : tokens.get(tokens.size() - 1).end();
            boolean enough = columns ? width(text, hitEnd, reach) > size : tokens.size() >= size;
            if (enough || to == text.length()) {
                return columns ? rightColumns(text, hitEnd, tokens, size) : rightWords(text, hitEnd, tokens, size);
            }
            span *= 2;
        }
    }

    /**
     * The words of text[from, hitStart), segmented together with the hit that follows them; if a word then runs
     * into the hit (the hit is part of a longer word, found through the syllable or bigram fields), the words of
     * text[from, hitStart) alone.
     */
    private static List<Token> before(Segmenter segmenter, String text, int from, int hitStart, int hitEnd) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens(segmenter, text, from, hitEnd)) {
            if (t.end() <= hitStart) {
                out.add(t);
            } else if (t.start() < hitStart) {
                return tokens(segmenter, text, from, hitStart);
            }
        }
        return out;
    }

    /** The words of text[hitEnd, to), segmented together with the hit before them (as {@link #before}). */
    private static List<Token> after(Segmenter segmenter, String text, int hitStart, int hitEnd, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens(segmenter, text, hitStart, to)) {
            if (t.start() >= hitEnd) {
                out.add(t);
            } else if (t.end() > hitEnd) {
                return tokens(segmenter, text, hitEnd, to);
            }
        }
        return out;
    }

    private static Context leftWords(String text, int hitStart, List<Token> tokens, int size) {
        List<Token> kept = tokens.subList(Math.max(0, tokens.size() - size), tokens.size());
        int start = kept.isEmpty() ? hitStart : kept.get(0).start();
        return new Context(oneLine(text.substring(start, hitStart)), forms(kept));
    }

    private static Context rightWords(String text, int hitEnd, List<Token> tokens, int size) {
        List<Token> kept = tokens.subList(0, Math.min(size, tokens.size()));
        int end = kept.isEmpty() ? hitEnd : kept.get(kept.size() - 1).end();
        return new Context(oneLine(text.substring(hitEnd, end)), forms(kept));
    }

    private static Context leftColumns(String text, int hitStart, List<Token> tokens, int columns) {
        int first = tokens.size();
        while (first > 0 && width(text, tokens.get(first - 1).start(), hitStart) <= columns) {
            first--;
        }
        if (first == tokens.size() && !tokens.isEmpty()) {
            // not even the nearest word fits: show its end, cut between clusters
            String shown = DisplayWidth.fitLeft(oneLine(text.substring(tokens.get(first - 1).start(), hitStart)),
                    columns).stripLeading();
            return new Context(shown, forms(tokens.subList(first - 1, first)));
        }
        int start = first == tokens.size() ? hitStart : tokens.get(first).start();
        return new Context(oneLine(text.substring(start, hitStart)), forms(tokens.subList(first, tokens.size())));
    }

    private static Context rightColumns(String text, int hitEnd, List<Token> tokens, int columns) {
        int last = 0;
        while (last < tokens.size() && width(text, hitEnd, tokens.get(last).end()) <= columns) {
            last++;
        }
        if (last == 0 && !tokens.isEmpty()) {
            String shown = DisplayWidth.truncate(oneLine(text.substring(hitEnd, tokens.get(0).end())), columns);
            return new Context(shown, forms(tokens.subList(0, 1)));
        }
        int end = last == 0 ? hitEnd : tokens.get(last - 1).end();
        return new Context(oneLine(text.substring(hitEnd, end)), forms(tokens.subList(0, last)));
    }

    /** Words of text[from, to) with offsets in the whole text. */
    private static List<Token> tokens(Segmenter segmenter, String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : segmenter.words(text.substring(from, to))) {
            out.add(new Token(t.text(), t.start() + from, t.end() + from, t.kind()));
        }
        return out;
    }

    private static List<String> forms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text());
        }
        return out;
    }

    private static int width(String text, int from, int to) {
        return DisplayWidth.of(oneLine(text.substring(from, to)));
    }

    /** Whitespace runs (line breaks, tabs, no-break spaces) as one space: a concordance line is one line. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static int safeStart(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static int safeEnd(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }
}
