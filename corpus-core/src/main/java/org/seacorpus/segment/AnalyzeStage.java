package org.seacorpus.segment;

import org.seacorpus.document.Document;
import org.seacorpus.document.TextCounts;
import org.seacorpus.stage.Stage;

/**
 * Cuts the document into words and sentences with the segmenter of its language, once: counts characters, words
 * and sentences, and attaches the tokens ({@link Segmentation}) for the stages and the index that come after.
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
        Segmenter segmenter = segmenters.forLanguage(doc.language().lang());
        String text = doc.text();
        long chars = text.codePointCount(0, text.length());
        Segmentation segmentation = Segmentation.of(segmenter, text);
        return doc.withCounts(new TextCounts(chars, segmentation.tokens().size(), segmentation.sentences()))
                .with(segmentation);
    }
}
