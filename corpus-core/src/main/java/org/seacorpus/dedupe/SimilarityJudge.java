package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.index.DedupeKeysFields;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

/**
 * Decides a candidate pair by its signatures' estimated Jaccard similarity and, where the {@link Verification}
 * says so, by the exact Jaccard similarity of the two shingle sets, by the {@link NearDuplicateRule}. The sets are
 * read from the {@code shingle_set} doc values (documents stored before those were kept: computed from the stored
 * text, a few thousand recently used sets cached). Not thread-safe.
 */
final class SimilarityJudge implements DuplicateLinker.PairJudge {
    private static final int CACHED_SETS = 4096;

    private final NearDuplicateRule rule;
    private final StoredFields stored;
    private final DedupeSettings settings;
    private final Segmenters segmenters;
    private long exactChecks;
    private final SignatureReader sets;
    /** The shingle set of the last first member of a checked pair ({@link #setADoc}), copied. */
    private final BytesRefBuilder setA = new BytesRefBuilder();
    private int setADoc = -1;
    private final Map<Integer, int[]> shingleSets = new LinkedHashMap<>(CACHED_SETS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
            return size() > CACHED_SETS;
        }
    };

    SimilarityJudge(MinHashSigner signer, double threshold, Verification verification, IndexReader reader,
                    DedupeSettings settings, Segmenters segmenters) throws IOException {
        this.rule = new NearDuplicateRule(signer.scheme(), threshold, verification);
        this.stored = reader.storedFields();
        this.sets = new SignatureReader(reader, Fields.SHINGLE_SET);
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
        if (docA != setADoc) { // a bucket member is checked against several earlier ones in a row: read it once
            BytesRef a = sets.readRef(docA);
            setADoc = a == null ? -1 : docA;
            if (a != null) {
                setA.copyBytes(a);
            }
        }
        BytesRef b = setADoc == docA ? sets.readRef(docB) : null;
        if (b != null) { // both sets kept in the index: compared in place
            return DedupeKeysFields.jaccard(setA.get(), b) >= rule.threshold();
        }
        return rule.similarShingles(shingles(docA), shingles(docB));
    }

    private int[] shingles(int doc) throws IOException {
        byte[] kept = sets.read(doc);
        if (kept != null) {
            return DedupeKeysFields.shingleSet(new BytesRef(kept));
        }
        int[] known = shingleSets.get(doc);
        if (known != null) {
            return known;
        }
        org.apache.lucene.document.Document d = stored.document(doc, Set.of(Fields.TEXT, Fields.LANG));
        String lang = d.get(Fields.LANG);
        String text = d.get(Fields.TEXT);
        int[] set = DedupeKeys.shingleSetOf(new Shingler(settings.forLanguage(lang).shingles())
                .shingles(text == null ? "" : text, segmenters.forLanguage(lang)));
        shingleSets.put(doc, set);
        return set;
    }
}
