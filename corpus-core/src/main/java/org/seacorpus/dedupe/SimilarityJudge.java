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
 * Decides a candidate pair by its signatures' estimated Jaccard similarity and, where the {@link Verification}
 * says so, by the exact Jaccard similarity of the two shingle sets, computed from the stored texts (a few thousand
 * recently used sets cached), by the {@link NearDuplicateRule}.
 * Not thread-safe.
 */
final class SimilarityJudge implements DuplicateLinker.PairJudge {
    private static final int CACHED_SETS = 4096;

    private final NearDuplicateRule rule;
    private final StoredFields stored;
    private final DedupeSettings settings;
    private final Segmenters segmenters;
    private long exactChecks;
    private final Map<Integer, long[]> shingleSets = new LinkedHashMap<>(CACHED_SETS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, long[]> eldest) {
            return size() > CACHED_SETS;
        }
    };

    SimilarityJudge(MinHashSigner signer, double threshold, Verification verification, IndexReader reader,
                    DedupeSettings settings, Segmenters segmenters) throws IOException {
        this.rule = new NearDuplicateRule(signer.scheme(), threshold, verification);
        this.stored = reader.storedFields();
        this.settings = settings;
        this.segmenters = segmenters;
    }

    @Override
    public boolean similar(int docA, byte[] signatureA, int docB, byte[] signatureB) throws IOException {
        return switch (rule.judge(signatureA, signatureB)) {
            case SIMILAR -> true;
            case DIFFERENT -> false;
            case CHECK_SHINGLES -> exact(docA, docB);
        };
    }

    /** Pairs decided by the exact Jaccard so far. */
    long exactChecks() {
        return exactChecks;
    }

    private boolean exact(int docA, int docB) throws IOException {
        exactChecks++;
        return rule.similarShingles(shingles(docA), shingles(docB));
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
