package org.seacorpus.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.dedupe.ClusterView;
import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.quality.QualitySignals;

/**
 * Reads one document back whole for {@code corpus show}: the stored document, its cluster's members and its
 * audit-trail entries, from one point-in-time reader. An id may be given as a unique prefix (as the CLI shows
 * ids, 12 characters).
 */
final class DocumentLookup {
    private final Corpus corpus;

    DocumentLookup(Corpus corpus) {
        this.corpus = corpus;
    }

    DocumentView show(String given) {
        DocumentMapper.Stored stored = corpus.read(reader -> load(reader, given));
        Document doc = stored.document();
        Optional<DuplicateMark> mark = doc.annotation(DuplicateMark.class);
        DocumentView.Cluster cluster = mark.map(DuplicateMark::cluster).flatMap(corpus::cluster)
                .map(DocumentLookup::cluster).orElse(null);
        List<DocumentView.HistoryEntry> history = new ArrayList<>();
        for (AuditEntry entry : corpus.curation().history(doc.id())) {
            history.add(new DocumentView.HistoryEntry(entry.at(), entry.kind(), entry.summary()));
        }
        Rejection rejection = doc.annotation(Rejection.class).orElse(null);
        var origin = doc.origin();
        var language = doc.language();
        return new DocumentView(doc.id(), origin.source(), origin.part(),
                doc.annotation(SourceLocation.class).map(SourceLocation::uri).orElse(null), origin.title(),
                origin.url(), origin.mime(), origin.encoding(), stored.importedAt().toString(), origin.meta(),
                doc.text(), doc.normalization().original(), doc.normalization().rules(), language.lang(),
                language.script(), language.score(), language.forced(), language.spans(), doc.counts().chars(),
                doc.counts().words(), doc.counts().sentences(), doc.status().value(), List.copyOf(doc.tags()),
                rejection == null ? null : new DocumentView.Rejection(rejection.reason(), rejection.at(),
                        rejection.previous().value()),
                mark.map(DuplicateMark::duplicateOf).orElse(null), cluster,
                doc.annotation(QualitySignals.class).map(QualitySignals::asJson).orElse(Map.of()), history);
    }

    private static DocumentMapper.Stored load(IndexReader reader, String given) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        String id = CorpusCuration.fullId(searcher, given);
        TopDocs hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        int global = hits.scoreDocs[0].doc;
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(global, reader.leaves()));
        return new DocumentMapper().fromLucene(leaf.reader(), global - leaf.docBase);
    }

    private static DocumentView.Cluster cluster(ClusterView view) {
        List<DocumentView.Member> members = new ArrayList<>();
        for (ClusterView.Member m : view.members()) {
            members.add(new DocumentView.Member(m.id(), m.source(), m.part(), m.status(), m.similarity(),
                    m.jaccard()));
        }
        return new DocumentView.Cluster(view.cluster(), members);
    }
}
