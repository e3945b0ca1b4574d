package org.seacorpus.quality;

import org.seacorpus.document.Document;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.stage.Stage;

/**
 * Import stage after {@code analyze}: measures the document's quality signals with its language's segmenter
 * (numbering its distinct words by the analyse stage's {@link TokenForms} when it has them)
 * and attaches them as a {@link QualitySignals} annotation, stored as numeric doc values. Filters read them at
 * export time and {@code corpus stats quality} shows their distributions; nothing is dropped here.
 */
public final class QualityStage implements Stage {
    private final QualityAnalyzer analyzer;

    public QualityStage(QualityAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "quality";
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(analyzer.measure(doc.text(), doc.language(), doc.annotation(TokenForms.class).orElse(null)));
    }
}
