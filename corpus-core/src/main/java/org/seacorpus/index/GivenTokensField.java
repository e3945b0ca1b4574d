package org.seacorpus.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.seacorpus.document.TokenSpans;

/**
 * A {@code text_<lang>} field (or sub-field) of a document whose source gave its tokens: indexed by the corpus
 * analyzers' chain for the field, fed with those tokens instead of the segmenter's words
 * ({@link LanguageAnalyzers#givenTokens}). Any other analyzer indexes the text as usual.
 */
final class GivenTokensField extends Field {
    private final TokenSpans tokens;

    GivenTokensField(String name, String text, IndexableFieldType type, TokenSpans tokens) {
        super(name, text, type);
        this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        if (analyzer instanceof LanguageAnalyzers analyzers) {
            return analyzers.givenTokens(name(), stringValue(), tokens);
        }
        return super.tokenStream(analyzer, reuse);
    }
}
