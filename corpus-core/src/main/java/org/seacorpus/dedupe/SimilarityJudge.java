package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

/**
 * Verifies a candidate pair: the estimated Jaccard similarity of the signatures must reach the threshold, and,
 * when asked, so must the exact Jaccard similarity of the two shingle sets (computed from the stored texts, a
 * few hundred recently used sets cached).
 */
final class SimilarityJudge implements DuplicateLinker.PairJudge {
    private static final int CACHED_SETS = 512;

    private final MinHashSigner signer;
    private final double threshold;
    private final StoredFields stored;
    private final DedupeSettings settings;
    private final Segmenters segmenters;
    private final Map<Integer, long[]> shingleSets = new LinkedHashMap<>(CACHED_SETS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, long[]> eldest) {
            return size() > CACHED_SETS;
        }
    };

    /** Signature similarity only. */
    SimilarityJudge(MinHashSigner signer, double threshold) {
        this.signer = signer;
        this.threshold = threshold;
        this.stored = null;
        this.settings = null;
        this.segmenters = null;
    }

    /** Signature similarity, then exact Jaccard of the shingles. */
    SimilarityJudge(MinHashSigner signer, double threshold, IndexReader reader, DedupeSettings settings,
                    Segmenters segmenters) throws IOException {
        this.signer = signer;
        this.threshold = threshold;
        this.stored = reader.storedFields();
        this.settings = settings;
        this.segmenters = segmenters;
    }

    @Override
    public boolean similar(int docA, byte[] signatureA, int docB, byte[] signatureB) throws IOException {
        if (signatureA.length != signatureB.length || signer.similarity(signatureA, signatureB) < threshold) {
            return false;
        }
        return stored == null || Shingler.jaccard(shingles(docA), shingles(docB)) >= threshold;
    }

    private long[] shingles(int doc) throws IOException {
        long[] known = shingleSets.get(doc);
        if (known != null) {
            return known;
        }
        org.apache.lucene.document.Document d = stored.document(doc, Set.of(Fields.TEXT, Fields.LANG));
        String lang = d.get(Fields.LANG);
        String text = d.get(Fields.TEXT);
        long[] set = new Shingler(settings.forLanguage(lang).shingles())
                .shingles(text == null ? "" : text, segmenters.forLanguage(lang));
        shingleSets.put(doc, set);
        return set;
    }
}
