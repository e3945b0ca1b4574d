package org.seacorpus.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.document.TokenType;
import org.seacorpus.segment.Token;

/**
 * A Lucene tokenizer over the tokens a source gave (a treebank's), in place of the segmenter: one position per
 * word or number with its offsets in the text; punctuation tokens are left out, as the segmenter leaves
 * punctuation out. The token type is {@code WORD} or {@code NUMBER}, as {@link SegmenterTokenizer} writes it.
 * The input is read (and must be the text the spans were made over) on {@link #reset()}.
 */
final class GivenTokenizer extends Tokenizer {
    private final List<TokenSpans.Span> spans;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] chunk = new char[8192];
    private int next;

    GivenTokenizer(TokenSpans tokens) {
        this.spans = tokens.tokens();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        while (next < spans.size()) {
            TokenSpans.Span span = spans.get(next++);
            if (span.end() > text.length()) {
                return false; // spans past the text: the text is not the one they were made over
            }
            TokenType kind = TokenType.of(text, span.start(), span.end());
            if (kind == TokenType.PUNCT) {
                continue;
            }
            clearAttributes();
            term.setEmpty().append(text, span.start(), span.end());
            offset.setOffset(correctOffset(span.start()), correctOffset(span.end()));
            type.setType(kind == TokenType.NUMBER ? Token.Kind.NUMBER.name() : Token.Kind.WORD.name());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.length());
        offset.setOffset(finalOffset, finalOffset);
    }
}
