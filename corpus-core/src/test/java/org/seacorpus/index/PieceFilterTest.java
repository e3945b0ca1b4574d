package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PieceFilter} hands its cutter the word's characters (a reused array, not a String of each word) and
 * emits each piece as the text of the word from the piece's start to its end, with the word's offsets cut the same
 * way, words of any length (the array grows) one after another; a word the cutter leaves empty passes its position
 * on; non-words pass whole.
 */
class PieceFilterTest {
    @Property(tries = 300)
    void piecesAreTheWordsTextBetweenTheirBounds(@ForAll("words") List<String> words) throws IOException {
        List<String> seen = new ArrayList<>();
        PieceFilter.Cutter cutter = word -> {
            String text = word.toString();
            seen.add(text);
            List<int[]> pieces = new ArrayList<>();
            for (int i = 0; i < word.length(); i += 2) {
                assertThat(word.charAt(i)).isEqualTo(text.charAt(i));
                pieces.add(new int[] {i, Math.min(word.length(), i + 3)});
            }
            return pieces;
        };
        List<String> expected = new ArrayList<>();
        List<String> expectedWords = new ArrayList<>();
        int start = 0;
        int pending = 0;
        for (String w : words) {
            boolean isWord = !w.startsWith("#");
            if (!isWord) {
                expected.add(w + "@" + start + "-" + (start + w.length()) + "+" + (1 + pending));
                pending = 0;
            } else {
                expectedWords.add(w);
                if (w.isEmpty()) {
                    pending++;
                }
                for (int i = 0; i < w.length(); i += 2) {
                    int end = Math.min(w.length(), i + 3);
                    expected.add(w.substring(i, end) + "@" + (start + i) + "-" + (start + end) + "+"
                            + (i == 0 ? 1 + pending : 1));
                    if (i == 0) {
                        pending = 0;
                    }
                }
            }
            start += w.length() + 1;
        }
        List<String> got = new ArrayList<>();
        try (TokenStream stream = new PieceFilter(new Words(words), cutter)) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.getAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                got.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + position.getPositionIncrement());
            }
            stream.end();
        }
        assertThat(seen).isEqualTo(expectedWords);
        assertThat(got).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "#42", "ភាសា", "မြန်မာ", "\uD83D\uDE00x"),
                Arbitraries.strings().withChars("abកខ\u17D2").ofMaxLength(90)).list().ofMaxSize(30);
    }

    /** The given words as tokens, one after another with a space between; those starting with # not words. */
    private static final class Words extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final List<String> words;
        private int next;
        private int start;

        Words(List<String> words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size()) {
                return false;
            }
            clearAttributes();
            String w = words.get(next++);
            term.setEmpty().append(w);
            offset.setOffset(start, start + w.length());
            type.setType(w.startsWith("#") ? "NUMBER" : "WORD");
            position.setPositionIncrement(1);
            start += w.length() + 1;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            start = 0;
        }
    }
}
