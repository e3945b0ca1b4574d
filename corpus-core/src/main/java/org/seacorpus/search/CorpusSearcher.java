package org.seacorpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.MergedFieldInfos;
import org.seacorpus.index.StoredDocuments;
import org.seacorpus.document.Marks;

/**
 * Runs searches on a point-in-time reader: the query is parsed with the analyzer of each language searched (so
 * a Thai query is cut into Thai words as the Thai text was), filters restrict without scoring, and snippets come
 * from the match offsets Lucene records, not from re-analysing the text.
 */
public final class CorpusSearcher {
    private static final int SNIPPET_CONTEXT = 60;

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;

    /**
     * Best score first; equal scores by document id, not by index order: the order of documents in the index
     * follows the timing of a parallel import, so without this the same files imported twice could list
     * equally good hits in another order.
     */
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID,
            SortField.Type.STRING));

    public CorpusSearcher(IndexReader reader, LanguageAnalyzers analyzers) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Query query = buildQuery(request);
        // one pass gives the best hits and the exact total (no threshold on the hits counted)
        // "all" arrives as Integer.MAX_VALUE: no more hits than documents (Lucene's queue is sized by it)
        int wanted = Math.max(1, Math.min(request.limit(), reader.maxDoc()));
        boolean idsSortable = idsHaveDocValues(reader);
        TopDocs top = idsSortable
                ? searcher.search(query, new TopFieldCollectorManager(BEST_FIRST, wanted, Integer.MAX_VALUE))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
        long total = top.totalHits.value();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            float score = idsSortable ? (Float) ((FieldDoc) scoreDoc).fields[0] : scoreDoc.score; // sort key 0
            hits.add(hit(scoreDoc.doc, score, weight));
        }
        return new SearchResult(total, hits);
    }

    /**
     * True when document ids can break ties: every index written by this version has them as doc values; an
     * index from before them (opened read-only, or not yet migrated) keeps the index order for equal scores.
     */
    static boolean idsHaveDocValues(IndexReader reader) {
        FieldInfo id = MergedFieldInfos.of(reader).fieldInfo(Fields.ID);
        return id != null && id.getDocValuesType() == DocValuesType.SORTED;
    }

    /** The languages that have text in the corpus, from the index's field names. */
    public List<String> languages() {
        List<String> out = new ArrayList<>();
        for (FieldInfo info : MergedFieldInfos.of(reader)) {
            if (Fields.isTextField(info.name) && !Fields.isSubField(info.name)) {
                out.add(Fields.languageOfTextField(info.name));
            }
        }
        out.sort(null);
        return out;
    }

    /** The Lucene query of a search request (also what the export uses to select documents by a query). */
    public Query buildQuery(SearchRequest request) {
        List<String> langs = request.lang() != null ? List.of(request.lang()) : languages();
        if (langs.isEmpty()) {
            langs = List.of("und"); // an empty corpus: still parse, so a bad query is reported as one
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String lang : langs) {
            // the main field, then sub-fields (syllables, bigrams…) where part of a long word is found
            for (String field : analyzers.searchFields(lang)) {
                QueryParser parser = new WholeWordQueryParser(field, analyzers);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                parser.setSplitOnWhitespace(true);
                // a segmenter cuts an unspaced Thai query into several words: they must be found as a phrase
                parser.setAutoGeneratePhraseQueries(true);
                try {
                    text.add(parser.parse(request.query()), BooleanClause.Occur.SHOULD);
                } catch (ParseException e) {
                    throw new QuerySyntaxException("cannot parse query '" + request.query() + "': "
                            + e.getMessage().lines().findFirst().orElse(""), e);
                }
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.MUST);
        if (request.lang() != null) {
            // the language's field already confines words to it; a query on other fields (*:*, source:…) needs this
            all.add(new TermQuery(new Term(Fields.LANG, request.lang())), BooleanClause.Occur.FILTER);
        }
        FilterParser filters = FilterParser.forIndex(reader); // filter expressions: lang:th -tags:web words:100..
        for (String filter : request.filters()) {
            all.add(filters.query(filter), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private SearchHit hit(int doc, float score, Weight weight) throws IOException {
        org.apache.lucene.document.Document stored = searcher.storedFields().document(doc);
        Marks marks = StoredDocuments.marks(reader, doc);
        String text = stored.get(Fields.TEXT);
        List<int[]> matches = matches(doc, weight);
        return new SearchHit(stored.get(Fields.ID), stored.get(Fields.SOURCE), stored.get(Fields.PART),
                stored.get(Fields.TITLE), stored.get(Fields.LANG), marks.status().value(),
                marks.duplicate() == null ? null : marks.duplicate().cluster(),
                marks.duplicate() == null ? null : marks.duplicate().duplicateOf(),
                new ArrayList<>(marks.tags()), score, snippet(text, matches), matches);
    }

    private List<int[]> matches(int doc, Weight weight) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches found = weight.matches(leaf, doc - leaf.docBase);
        List<int[]> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        for (String field : found) {
            if (!Fields.isTextField(field)) {
                continue;
            }
            MatchesIterator it = found.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) {
                    out.add(new int[] {it.startOffset(), it.endOffset()});
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m[0]));
        return out;
    }

    /** The text around the first match, cut at whitespace where there is some, matches marked with « ». */
    static String snippet(String text, List<int[]> matches) {
        if (text == null) {
            return "";
        }
        if (matches.isEmpty()) {
            return oneLine(text.substring(0, Math.min(text.length(), 2 * SNIPPET_CONTEXT)));
        }
        int from = Math.max(0, matches.get(0)[0] - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), matches.get(0)[1] + SNIPPET_CONTEXT);
        from = safeCut(text, from);
        to = safeCut(text, to);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int pos = from;
        for (int[] m : matches) {
            if (m[0] < pos || m[1] > to) {
                continue;
            }
            out.append(text, pos, m[0]).append('«').append(text, m[0], m[1]).append('»');
            pos = m[1];
        }
        out.append(text, pos, to);
        if (to < text.length()) {
            out.append('…');
        }
        return oneLine(out.toString());
    }

    /** Moves a cut off a surrogate pair or a combining mark, so a Thai or Burmese stack is never split. */
    private static int safeCut(String text, int cut) {
        while (cut > 0 && cut < text.length() && (Character.isLowSurrogate(text.charAt(cut))
                || Character.getType(text.charAt(cut)) == Character.NON_SPACING_MARK
                || Character.getType(text.charAt(cut)) == Character.COMBINING_SPACING_MARK)) {
            cut--;
        }
        return cut;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
