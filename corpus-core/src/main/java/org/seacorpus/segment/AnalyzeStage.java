package org.seacorpus.segment;

import java.util.Optional;

import org.seacorpus.document.Document;
import org.seacorpus.document.TextCounts;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.stage.Stage;

/**
 * Cuts the document into words and sentences with the segmenter of its language, once: counts characters, words
 * and sentences, and attaches the tokens ({@link Segmentation}) for the stages and the index that come after. A
 * document that came with its own tokens ({@link TokenSpans}, from a CoNLL-U treebank) is not segmented again:
 * its tokens are its words (punctuation tokens not counted) and its sentences, moved onto the normalised text when
 * normalisation changed it; they stay on the document for the search fields, and its {@link Segmentation} (for
 * the token fields, so word statistics count the treebank's words) is made from them. A segmented document also
 * gets its words' {@link TokenForms} (each distinct word numbered and folded once, for the stages and the index
 * after this one); a treebank's does not (the stages after this one cut its text with the segmenter).
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
        Optional<TokenSpans> given = doc.annotation(TokenSpans.class);
        if (given.isPresent()) {
            // the source gave its tokens (a treebank): they are the words, moved onto the normalised text
            TokenSpans tokens = doc.normalization().changed()
                    ? given.get().alignedTo(doc.normalization().original(), text) : given.get();
            Segmentation segmentation = Segmentation.of(tokens, text);
            return doc.with(tokens).withCounts(new TextCounts(chars, segmentation.tokens().size(),
                    segmentation.sentences())).with(segmentation);
        }
        Segmenter segmenter = segmenters.forLanguage(doc.language().lang());
        Segmentation segmentation = Segmentation.of(segmenter, text);
        // the words numbered and folded once, for quality, the dedupe keys and the index
        return doc.withCounts(new TextCounts(chars, segmentation.tokens().size(), segmentation.sentences()))
                .with(segmentation).with(TokenForms.of(segmentation.tokens()));
    }
}
