package org.seacorpus.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;

/**
 * The main {@code text_<lang>} field of a document whose words the analyse stage already cut and the token fields
 * already folded ({@link TokenForms}): indexed from those folded words instead of running the field's analysis
 * chain ({@link LanguageAnalyzers}: the segmenter's words, NFKC_Casefold, empty terms dropped) over them a second
 * time. The terms, positions, offsets and types are the chain's: the field checks, when it is indexed, that the
 * segmenter the chain would use gives this very token list for the text (its per-thread cache of the last text
 * it cut, DESIGN §3), and otherwise indexes through the chain as any other field. Any other analyzer indexes the
 * text as usual. When the token fields have the folded forms' UTF-8 bytes ({@link TokenFields#write}, encoded once
 * per distinct form of the document), the terms are handed to Lucene as those bytes (a {@link BytesTermAttribute}, as
 * Lucene's own pre-encoded streams do) rather than as characters that Lucene encodes again token by token; the
 * bytes are the same ({@code new BytesRef} of the folded form, Lucene's encoder either way).
 */
final class FoldedWordsField extends Field {
    private final TokenForms words;
    private BytesRef[] formBytes;

    FoldedWordsField(String name, String text, IndexableFieldType type, TokenForms words) {
        super(name, text, type);
        this.words = words;
    }

    /** The UTF-8 bytes of each distinct text's folded form, by {@link TokenForms#textOf} slot (null: none). */
    void formBytes(BytesRef[] formBytes) {
        this.formBytes = formBytes;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        if (analyzer instanceof LanguageAnalyzers analyzers && Fields.subFieldKind(name()).isEmpty()) {
            String text = stringValue();
            List<Token> cut = analyzers.segmenters().forLanguage(Fields.languageOfTextField(name())).words(text);
            if (cut == words.tokens() || cut.equals(words.tokens())) {
                if (formBytes != null) {
                    BytesStream stream = reuse instanceof BytesStream same ? same : new BytesStream();
                    stream.formBytes = formBytes;
                    stream.start(words, text.length());
                    return stream;
                }
                CharsStream stream = reuse instanceof CharsStream same ? same : new CharsStream();
                stream.start(words, text.length());
                return stream;
            }
        }
        return super.tokenStream(analyzer, reuse);
    }

    /**
     * The folded words as a token stream: what {@code SegmenterTokenizer} then {@code ICUNormalizer2Filter} then
     * {@code LengthFilter(1, …)} give for the same tokens. A word that folds to nothing (a lone Thai phinthu) is
     * left out and its position goes to the next word, as the length filter does. The term is set by the subclass:
     * as characters ({@link CharsStream}) or as the form's bytes ({@link BytesStream}).
     */
    private abstract static class Stream extends TokenStream {
        private final OffsetAttribute offset;
        private final TypeAttribute type;
        private final PositionIncrementAttribute position;
        private TokenForms words;
        private int length;
        private int next;
        private int skipped;

        /**
         * Adds the term attribute first: the offset, type and position attributes come as one implementation
         * (Lucene's packed token attributes) that is a {@code TermToBytesRefAttribute} (of characters) too, and an
         * attribute source keeps the first implementation it gets of an interface, the one the indexer then reads.
         */
        Stream(Class<? extends org.apache.lucene.util.Attribute> term) {
            addAttribute(term);
            offset = addAttribute(OffsetAttribute.class);
            type = addAttribute(TypeAttribute.class);
            position = addAttribute(PositionIncrementAttribute.class);
        }

        TokenForms words() {
            return words;
        }

        void start(TokenForms words, int length) {
            this.words = words;
            this.length = length;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            skipped = 0;
        }

        @Override
        public boolean incrementToken() {
            List<Token> tokens = words.tokens();
            while (next < tokens.size()) {
                int i = next++;
                String folded = words.folded(i);
                if (folded.isEmpty()) {
                    skipped++;
                    continue;
                }
                clearAttributes();
                Token token = tokens.get(i);
                term(i, folded);
                offset.setOffset(token.start(), token.end());
                type.setType(token.kind().name());
                position.setPositionIncrement(1 + skipped);
                skipped = 0;
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);
            position.setPositionIncrement(skipped);
        }

        /** Sets the term attribute to token {@code i}'s folded form, {@code folded}. */
        abstract void term(int i, String folded);

        @Override
        public void close() throws IOException {
            super.close();
            words = null;
        }
    }

    /** The terms as characters, which Lucene encodes to UTF-8 token by token. */
    private static final class CharsStream extends Stream {
        private final CharTermAttribute term;

        CharsStream() {
            super(CharTermAttribute.class);
            term = getAttribute(CharTermAttribute.class);
        }

        @Override
        void term(int i, String folded) {
            term.setEmpty().append(folded);
        }
    }

    /** The terms as the bytes the token fields encoded for each distinct text (shared, never written to). */
    private static final class BytesStream extends Stream {
        private final BytesTermAttribute term;
        private BytesRef[] formBytes;

        BytesStream() {
            super(BytesTermAttribute.class);
            term = getAttribute(BytesTermAttribute.class);
        }

        @Override
        void term(int i, String folded) {
            term.setBytesRef(formBytes[words().textOf(i)]);
        }

        @Override
        public void close() throws IOException {
            super.close();
            formBytes = null;
        }
    }
}
