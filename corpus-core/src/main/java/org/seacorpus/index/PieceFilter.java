package org.seacorpus.index;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces each word with smaller pieces of it (syllables, character bigrams), one position each, offsets inside
 * the word's offsets: what lets a search find part of a long Khmer or Burmese compound. URLs, e-mail addresses
 * and numbers pass whole. The cutting itself is a {@link Cutter}; this class only does the token plumbing.
 */
final class PieceFilter extends TokenFilter {
    /** Cuts a word into [start, end) pieces of its text, in order. */
    @FunctionalInterface
    interface Cutter {
        List<int[]> cut(CharSequence word);
    }

    private final Cutter cutter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<int[]> pending = new ArrayDeque<>();
    /**
     * The word being cut, copied out of the term attribute (which then holds its pieces one by one) into an array
     * reused from word to word; the cutter reads it through {@link #word}, a view of the array's first
     * characters, rather than a String made of every word (the cutters read it with {@code charAt} and keep nothing).
     */
    private char[] wordChars = new char[32];
    private CharBuffer word = CharBuffer.wrap(wordChars, 0, 0);
    private int wordStart;
    private int wordEnd;
    private boolean exactOffsets;

    PieceFilter(TokenStream input, Cutter cutter) {
        super(input);
        this.cutter = cutter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            emit(pending.poll(), 1);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            if (!"WORD".equals(type.type())) {
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                return true;
            }
            copyWord(term.buffer(), term.length());
            wordStart = offset.startOffset();
            wordEnd = offset.endOffset();
            exactOffsets = wordEnd - wordStart == word.length();
            List<int[]> pieces = cutter.cut(word);
            if (pieces.isEmpty()) {
                skipped += position.getPositionIncrement();
                continue;
            }
            pending.addAll(pieces);
            emit(pending.poll(), position.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    private void emit(int[] piece, int increment) {
        term.copyBuffer(wordChars, piece[0], piece[1] - piece[0]);
        if (exactOffsets) {
            offset.setOffset(wordStart + piece[0], wordStart + piece[1]);
        } else {
            offset.setOffset(wordStart, wordEnd);
        }
        position.setPositionIncrement(increment);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word.limit(0);
    }

    private void copyWord(char[] from, int n) {
        if (wordChars.length < n) {
            wordChars = new char[Math.max(n, 2 * wordChars.length)];
            word = CharBuffer.wrap(wordChars);
        }
        System.arraycopy(from, 0, wordChars, 0, n);
        word.limit(n); // the position stays 0: charAt(i) reads wordChars[i], length() is n
    }
}
