package org.seacorpus.index;

import java.io.IOException;
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
    /** The word being cut, copied out of the term attribute (which then holds its pieces one by one). */
    private final Chars word = new Chars();
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
            word.copy(term.buffer(), term.length());
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
        term.copyBuffer(word.chars, piece[0], piece[1] - piece[0]);
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
        word.length = 0;
    }

    /**
     * The word's characters in an array reused from word to word, handed to the cutter as a {@link CharSequence}
     * instead of a String made of every word (the cutters read it with {@code charAt} and keep nothing of it).
     */
    static final class Chars implements CharSequence {
        char[] chars = new char[32];
        int length;

        void copy(char[] from, int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            System.arraycopy(from, 0, chars, 0, n);
            length = n;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
