package org.seacorpus.normalize;

import org.seacorpus.document.Document;
import org.seacorpus.document.Normalization;
import org.seacorpus.stage.Stage;

/** Normalises a document's text and records the audit: the rules that fired and the original text. */
public final class NormalizeStage implements Stage {
    private final Normalizer normalizer;

    public NormalizeStage(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Document apply(Document doc) {
        Normalizer.Result result = normalizer.normalize(doc.text());
        if (!result.changed()) {
            return doc;
        }
        return doc.withText(result.text(), new Normalization(doc.text(), result.rules()));
    }
}
