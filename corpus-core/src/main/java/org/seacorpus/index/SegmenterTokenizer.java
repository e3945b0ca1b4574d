package org.seacorpus.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;

/**
 * A Lucene tokenizer over a {@link Segmenter}: the index sees exactly the words the rest of the toolkit counts,
 * one position each, with their offsets in the original text (through any char filter) and their kind as the
 * token type ({@code WORD}, {@code NUMBER}, {@code URL}, {@code EMAIL}). The segmenter needs the whole text, so
 * the input is read completely on {@link #reset()}.
 */
public final class SegmenterTokenizer extends Tokenizer {
    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[8192];
    private List<Token> tokens = List.of();
    private int next;
    private int length;

    public SegmenterTokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            buffer.append(chunk, 0, n);
        }
        String text = buffer.toString();
        buffer.setLength(0);
        length = text.length();
        tokens = segmenter.words(text);
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        term.setEmpty().append(token.text());
        offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
        type.setType(token.kind().name());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
        buffer.setLength(0);
        if (buffer.capacity() > 1 << 20) {
            buffer.trimToSize();
        }
    }
}
