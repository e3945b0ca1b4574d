package org.seacorpus.normalize;

import org.seacorpus.document.Document;
import org.seacorpus.document.Normalization;
import org.seacorpus.stage.Stage;

/**
 * Normalises a document's text and records the audit: the rules that fired with their counts, and the original
 * text (kept only when something changed). The text normaliser decides which rules run; see
 * {@link ScriptAwareNormalizer}.
 */
public final class NormalizeStage implements Stage {
    private final TextNormalizer normalizer;

    public NormalizeStage(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Document apply(Document doc) {
        Normalizer.Result result = normalizer.normalize(doc.text());
        if (!result.changed() || result.text().equals(doc.text())) {
            return doc;
        }
        return doc.withText(result.text(), new Normalization(doc.text(), result.rules()));
    }
}
