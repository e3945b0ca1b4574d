package org.seacorpus.dedupe;

import java.util.HashMap;
import java.util.Map;

import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.stage.Stage;

/**
 * Computes a document's {@link DedupeKeys} at import, after the language is known: the loose exact key, the
 * MinHash signature of its shingles (words from the language's segmenter, or characters, as the language's
 * {@link SignatureScheme} says) with its LSH band keys, the shingle set itself (32-bit hashes, for exact Jaccard
 * checks), and the hashes of its lines. Everything the dedupe job later needs is then in the index; it never
 * re-reads or re-segments the text.
 */
public final class DedupeKeysStage implements Stage {
    private final Segmenters segmenters;
    /** Per scheme: its id, shingler and signer, built once (not per document). */
    private final Map<String, Signing> byLanguage;
    private final Signing defaults;

    /** What one scheme needs to sign a text. */
    private record Signing(String id, Shingler shingler, MinHashSigner signer) {
        Signing(SignatureScheme scheme) {
            this(scheme.id(), new Shingler(scheme.shingles()), new MinHashSigner(scheme));
        }
    }

    public DedupeKeysStage(Segmenters segmenters, DedupeSettings settings) {
        this.segmenters = segmenters;
        this.defaults = new Signing(settings.defaults());
        Map<String, Signing> langs = new HashMap<>();
        settings.byLanguage().forEach((lang, scheme) -> langs.put(lang, new Signing(scheme)));
        this.byLanguage = Map.copyOf(langs);
    }

    @Override
    public String name() {
        return "dedupe-keys";
    }

    @Override
    public Document apply(Document doc) {
        String lang = doc.language().lang();
        return doc.with(keys(doc.text(), lang, segmenters.forLanguage(lang),
                doc.annotation(TokenForms.class).orElse(null)));
    }

    /** The keys of a text in a language (also what tests and benchmarks call). */
    public DedupeKeys keys(String text, String lang) {
        return keys(text, lang, segmenters.forLanguage(lang));
    }

    /** The keys of a text whose words {@code words} gives (the segmenter that already cut it, at import). */
    public DedupeKeys keys(String text, String lang, Segmenter words) {
        return keys(text, lang, words, null);
    }

    /** The same, with the forms the analyse stage made of the words (null for none; see {@link Shingler}). */
    public DedupeKeys keys(String text, String lang, Segmenter words, TokenForms forms) {
        Signing signing = byLanguage.getOrDefault(lang, defaults);
        long[] shingles = signing.shingler().shingles(text, words, forms);
        byte[] signature = null;
        long[] bands = null;
        if (shingles.length > 0) {
            signature = signing.signer().sign(shingles);
            bands = signing.signer().bands(signature);
        }
        TextKeys.Keys textKeys = TextKeys.keys(text);
        return new DedupeKeys(textKeys.looseHash(), signing.id(), shingles.length, signature, bands,
                textKeys.lineHashes(), DedupeKeys.shingleSetOf(shingles));
    }
}
