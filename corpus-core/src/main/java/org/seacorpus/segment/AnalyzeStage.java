package org.seacorpus.segment;

import org.seacorpus.document.Document;
import org.seacorpus.document.TextCounts;
import org.seacorpus.stage.Stage;

/** Counts characters, words and sentences with the segmenter of the document's language. */
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
        long words = segmenter.words(text).size();
        long sentences = segmenter.sentences(text).size();
        return doc.withCounts(new TextCounts(chars, words, sentences));
    }
}
