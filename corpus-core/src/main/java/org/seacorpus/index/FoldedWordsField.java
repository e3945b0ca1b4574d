package org.seacorpus.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;

/**
 * The main {@code text_<lang>} field of a document whose words the analyse stage already cut and the token fields
 * already folded ({@link TokenForms}): indexed from those folded words instead of running the field's analysis
 * chain ({@link LanguageAnalyzers}: the segmenter's words, NFKC_Casefold, empty terms dropped) over them a second
 * time. The terms, positions, offsets and types are the chain's: the field checks, when it is indexed, that the
 * segmenter the chain would use gives this very token list for the text (its per-thread cache of the last text
 * it cut, DESIGN §3), and otherwise indexes through the chain as any other field. Any other analyzer indexes the
 * text as usual.
 */
final class FoldedWordsField extends Field {
    private final TokenForms words;

    FoldedWordsField(String name, String text, IndexableFieldType type, TokenForms words) {
        super(name, text, type);
        this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        if (analyzer instanceof LanguageAnalyzers analyzers && Fields.subFieldKind(name()).isEmpty()) {
            String text = stringValue();
            List<Token> cut = analyzers.segmenters().forLanguage(Fields.languageOfTextField(name())).words(text);
            if (cut == words.tokens() || cut.equals(words.tokens())) {
                Stream stream = reuse instanceof Stream same ? same : new Stream();
                stream.start(words, text.length());
                return stream;
            }
        }
        return super.tokenStream(analyzer, reuse);
    }

    /**
     * The folded words as a token stream: what {@code SegmenterTokenizer} then {@code ICUNormalizer2Filter} then
     * {@code LengthFilter(1, …)} give for the same tokens. A word that folds to nothing (a lone Thai phinthu) is
     * left out and its position goes to the next word, as the length filter does.
     */
    private static final class Stream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private TokenForms words;
        private int length;
        private int next;
        private int skipped;

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
                term.setEmpty().append(folded);
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

        @Override
        public void close() throws IOException {
            super.close();
            words = null;
        }
    }
}
