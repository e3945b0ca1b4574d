package org.seacorpus.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.seacorpus.index.Fields;

import com.ibm.icu.text.Normalizer2;

/**
 * Lucene's query parser, plus one alternative on a language's main text field: a word the analyzer cuts into
 * several (an unspaced Thai compound, {@code ตลาดเช้า}) also matches where the index holds it as one word,
 * which is how a treebank's own tokens are indexed (their boundaries are the source's, not the segmenter's).
 * The word is folded as the index folds its terms (NFKC case folding, after word breaking).
 */
final class WholeWordQueryParser extends QueryParser {
    private static final Normalizer2 NFKC_CF = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

    WholeWordQueryParser(String field, Analyzer analyzer) {
        super(field, analyzer);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Query analyzed = super.getFieldQuery(field, queryText, quoted);
        if (analyzed == null || analyzed instanceof TermQuery || !Fields.isTextField(field)
                || !Fields.subFieldKind(field).isEmpty() || queryText.isBlank()
                || queryText.chars().anyMatch(Character::isWhitespace)) {
            return analyzed;
        }
        Term whole = new Term(field, NFKC_CF.normalize(queryText));
        return new BooleanQuery.Builder()
                .add(analyzed, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(whole), BooleanClause.Occur.SHOULD)
                .build();
    }
}
