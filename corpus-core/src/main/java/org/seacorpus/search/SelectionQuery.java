package org.seacorpus.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.MarkQueries;

/**
 * Builds the Lucene query of a {@link Selection} and finds its documents. The text query is parsed exactly as
 * {@code search} parses it (each language with its own analyzer), so a subcorpus "documents that mention ข้าว"
 * means the same documents in the concordance, the statistics and curation.
 */
public final class SelectionQuery {
    private SelectionQuery() {
    }

    public static Query build(IndexReader reader, LanguageAnalyzers analyzers, Selection selection) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (selection.query() != null) {
            SearchRequest request = new SearchRequest(selection.query(), selection.lang(), selection.filters(), 1);
            all.add(new CorpusSearcher(reader, analyzers).buildQuery(request), BooleanClause.Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            if (selection.lang() != null) {
                all.add(new TermQuery(new Term(Fields.LANG, selection.lang())), BooleanClause.Occur.FILTER);
            }
            FilterParser filters = FilterParser.forIndex(reader);
            for (String filter : selection.filters()) {
                all.add(filters.query(filter), BooleanClause.Occur.FILTER);
            }
        }
        if (!selection.includeRejected()) {
            all.add(statusIs(Status.REJECTED), BooleanClause.Occur.MUST_NOT);
        }
        if (!selection.includeDuplicates()) {
            all.add(statusIs(Status.DUPLICATE), BooleanClause.Occur.MUST_NOT);
        }
        return all.build();
    }

    private static Query statusIs(Status status) {
        return MarkQueries.status(status);
    }

    /** The live documents matching {@code query}, as a bit set over the reader's doc ids. */
    public static FixedBitSet matching(IndexReader reader, Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.set(leaf.docBase + doc);
                }
            }
        }
        return out;
    }
}
