package org.seacorpus.segment;

import org.seacorpus.document.Document;
import org.seacorpus.document.TextCounts;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.stage.Stage;

/**
 * Counts characters, words and sentences with the segmenter of the document's language. A document that came
 * with its own tokens ({@link TokenSpans}, from a CoNLL-U treebank) is not segmented again: its tokens are its
 * words (punctuation tokens not counted) and its sentences, moved onto the normalised text when normalisation
 * changed it, and they stay on the document for the index.
 */
public final class AnalyzeStage implements Stage {
    private final Segmenters segmenters;

    public AnalyzeStage(Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        long chars = text.codePointCount(0, text.length());
        java.util.Optional<TokenSpans> given = doc.annotation(TokenSpans.class);
        if (given.isPresent()) {
            // the source gave its tokens (a treebank): they are the words, moved onto the normalised text
            TokenSpans tokens = doc.normalization().changed()
                    ? given.get().alignedTo(doc.normalization().original(), text) : given.get();
            return doc.with(tokens).withCounts(new TextCounts(chars, tokens.wordCount(text),
                    tokens.sentences().stream().filter(s -> !s.tokens().isEmpty()).count()));
        }
        Segmenter segmenter = segmenters.forLanguage(doc.language().lang());
        long words = segmenter.words(text).size();
        long sentences = segmenter.sentences(text).size();
        return doc.withCounts(new TextCounts(chars, words, sentences));
    }
}
