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

    /**
     * A text's distinct shingles and their 32-bit set ({@link DedupeKeys#shingleSetOf}) from one sort: each 64-bit
     * hash x is sorted as the key (fold(x) &lt;&lt; 32 | low 32 bits of x), where fold(x) = high ^ low 32 bits is its
     * member of the set. The key is one to one with x (x's high half is fold(x) ^ its low half), so equal keys are
     * equal shingles; sorted, the keys' high halves are the set in order. {@code shingles} holds the distinct 64-bit
     * hashes in the order of their keys, not numerically sorted: the signature is of a set, whatever its order
     * (SuperMinHash and classic MinHash keep a minimum per component).
     */
    record ShingleSets(long[] shingles, int[] shingleSet) {
        /** The sets of the shingle hashes {@code hashes} (non-empty, repeats allowed; reordered in place). */
        static ShingleSets of(long[] hashes) {
            for (int i = 0; i < hashes.length; i++) {
                long x = hashes[i];
                hashes[i] = (x ^ (x >>> 32)) << 32 | (x & 0xFFFF_FFFFL);
            }
            java.util.Arrays.sort(hashes);
            long[] shingles = new long[hashes.length];
            int[] set = new int[hashes.length];
            int distinct = 0;
            int members = 0;
            long previous = 0;
            for (int i = 0; i < hashes.length; i++) {
                long key = hashes[i];
                if (i > 0 && key == previous) {
                    continue;
                }
                previous = key;
                long low = key & 0xFFFF_FFFFL;
                shingles[distinct++] = ((key >>> 32) ^ low) << 32 | low;
                int member = (int) (key >>> 32);
                if (members == 0 || set[members - 1] != member) {
                    set[members++] = member;
                }
            }
            return new ShingleSets(distinct == shingles.length ? shingles : java.util.Arrays.copyOf(shingles, distinct),
                    members == set.length ? set : java.util.Arrays.copyOf(set, members));
        }
    }

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
        long[] hashes = signing.shingler().hashes(text, words, forms);
        TextKeys.Keys textKeys = TextKeys.keys(text);
        if (hashes.length == 0) {
            return new DedupeKeys(textKeys.looseHash(), signing.id(), 0, null, null, textKeys.lineHashes(), null);
        }
        ShingleSets sets = ShingleSets.of(hashes);
        byte[] signature = signing.signer().sign(sets.shingles());
        return new DedupeKeys(textKeys.looseHash(), signing.id(), sets.shingles().length, signature,
                signing.signer().bands(signature), textKeys.lineHashes(), sets.shingleSet());
    }
}
