package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Marks;
import org.seacorpus.index.DedupeKeysFields;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarkValueQuery;
import org.seacorpus.index.StoredDocuments;
import org.seacorpus.segment.Segmenters;

/**
 * Reads one duplicate cluster back for inspection, with each member's similarity to the kept member: the
 * estimate from the signatures and the exact Jaccard similarity of the shingle sets dedupe decided on (the stored
 * {@code shingle_set}, 32-bit hashes; a document stored before sets were kept is shingled again the same way),
 * so the figures shown are the ones the dedupe run used.
 */
public final class ClusterInspector {
    private final IndexReader reader;
    private final DedupeSettings settings;
    private final Segmenters segmenters;

    public ClusterInspector(IndexReader reader, DedupeSettings settings, Segmenters segmenters) {
        this.reader = reader;
        this.settings = settings;
        this.segmenters = segmenters;
    }

    public Optional<ClusterView> inspect(String cluster) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        if (cluster.indexOf('*') >= 0 || cluster.indexOf('?') >= 0) {
            return Optional.empty(); // a name, not a pattern
        }
        ScoreDoc[] hits = searcher.search(new MarkValueQuery(MarkFields.CLUSTER, cluster),
                Math.max(1, reader.maxDoc())).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        List<Raw> raws = new ArrayList<>();
        SignatureReader signatures = new SignatureReader(reader);
        SignatureReader sets = new SignatureReader(reader, Fields.SHINGLE_SET);
        for (int doc : docs) {
            raws.add(new Raw(searcher.storedFields().document(doc), StoredDocuments.marks(reader, doc),
                    signatures.read(doc), sets.read(doc)));
        }
        raws.sort(Comparator.comparing((Raw r) -> r.marks.duplicate().duplicateOf() != null)
                .thenComparing(r -> r.stored.get(Fields.ID)));
        Raw kept = raws.get(0);
        // the estimate of the members' own scheme, also when the corpus has since moved to another default
        NearDuplicateRule rule = new NearDuplicateRule(settings.defaults(), 0.5, Verification.JACCARD);
        int[] keptShingles = shingles(kept);
        List<ClusterView.Member> members = new ArrayList<>();
        for (Raw r : raws) {
            double similarity = r.signature != null && kept.signature != null
                    ? rule.estimate(kept.signature, r.signature) : 0;
            var s = r.stored;
            members.add(new ClusterView.Member(s.get(Fields.ID), s.get(Fields.SOURCE), s.get(Fields.PART),
                    s.get(Fields.LANG), r.marks.status().value(), r.marks.duplicate().duplicateOf(),
                    number(s, Fields.CHARS), DedupeJob.round(similarity),
                    DedupeJob.round(DedupeKeys.jaccard(keptShingles, shingles(r))), s.get(Fields.TEXT)));
        }
        return Optional.of(new ClusterView(cluster, members));
    }

    /** The shingle set dedupe compares: the stored one, else made from the text as import makes it. */
    private int[] shingles(Raw r) {
        if (r.shingleSet != null) {
            return DedupeKeysFields.shingleSet(new BytesRef(r.shingleSet));
        }
        String lang = r.stored.get(Fields.LANG);
        String text = r.stored.get(Fields.TEXT);
        return DedupeKeys.shingleSetOf(new Shingler(settings.forLanguage(lang).shingles())
                .shingles(text == null ? "" : text, segmenters.forLanguage(lang)));
    }

    private static long number(org.apache.lucene.document.Document d, String field) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    private record Raw(org.apache.lucene.document.Document stored, Marks marks, byte[] signature, byte[] shingleSet) {
    }
}
