package org.seacorpus.dedupe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.stage.Stage;

/**
 * Computes a document's {@link DedupeKeys} at import, after the language is known: the loose exact key, the
 * MinHash signature of its shingles (words from the language's segmenter, or characters, as the language's
 * {@link SignatureScheme} says) with its LSH band keys, and the hashes of its lines. Everything the dedupe job
 * later needs is then in the index; it never re-reads or re-segments the text.
 */
public final class DedupeKeysStage implements Stage {
    private final Segmenters segmenters;
    private final DedupeSettings settings;
    private final Map<SignatureScheme, MinHashSigner> signers = new ConcurrentHashMap<>();

    public DedupeKeysStage(Segmenters segmenters, DedupeSettings settings) {
        this.segmenters = segmenters;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "dedupe-keys";
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(keys(doc.text(), doc.language().lang()));
    }

    /** The keys of a text in a language (also what tests and benchmarks call). */
    public DedupeKeys keys(String text, String lang) {
        SignatureScheme scheme = settings.forLanguage(lang);
        MinHashSigner signer = signers.computeIfAbsent(scheme, MinHashSigner::new);
        long[] shingles = new Shingler(scheme.shingles()).shingles(text, segmenters.forLanguage(lang));
        byte[] signature = null;
        long[] bands = null;
        if (shingles.length > 0) {
            signature = signer.sign(shingles);
            bands = signer.bands(signature);
        }
        return new DedupeKeys(TextKeys.looseHash(text), scheme.id(), shingles.length, signature, bands,
                TextKeys.lineHashes(text));
    }
}
