package org.seacorpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.MarkFields;

/**
 * Counts the documents of a result by the values of keyword fields (language, source, status, tags,
 * {@code meta.*}): for each value in the field's terms dictionary, its postings are intersected with the
 * result. The cost is one pass over the field's postings whatever the result size, with no stored field read,
 * and works for every indexed keyword field, including metadata fields that have no doc values. Marks (status,
 * tags, cluster, duplicate_of, reject_reason) are doc values updated in place, not terms: they are counted from
 * their doc values over the result's documents ({@link MarkFacets}).
 */
public final class FacetCounter {
    /** One value of a field and the number of documents of the result that have it. */
    public record FacetValue(String value, long count) {
    }

    /**
     * The values of one field, most frequent first.
     *
     * @param missing documents of the result without any value in this field
     * @param others  further values left out by the {@code top} limit
     */
    public record Facet(String field, List<FacetValue> values, long missing, long others) {
    }

    private FacetCounter() {
    }

    /** The top {@code top} values of each field among the documents matching {@code query}. */
    public static Map<String, Facet> count(IndexReader reader, Query query, List<String> fields, int top)
            throws IOException {
        FilterParser known = FilterParser.forIndex(reader);
        for (String field : fields) {
            if (!known.isKeywordField(field)) {
                throw new IllegalArgumentException("cannot count values of '" + field + "'; facets are lang, "
                        + "script, source, status, tags, mime, cluster or meta.NAME");
            }
        }
        FixedBitSet result = SelectionQuery.matching(reader, query);
        long total = result.cardinality();
        Map<String, Facet> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(field, facet(reader, result, total, field, top));
        }
        return out;
    }

    private static Facet facet(IndexReader reader, FixedBitSet result, long total, String field, int top)
            throws IOException {
        Map<String, Long> counts = new HashMap<>();
        FixedBitSet seen = new FixedBitSet(result.length());
        if (MarkFields.BY_FILTER_NAME.containsKey(field)) {
            MarkFacets.count(reader, result, MarkFields.BY_FILTER_NAME.get(field), counts, seen);
            return top(field, counts, total, seen, top);
        }
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                postings = te.postings(postings, PostingsEnum.NONE);
                long n = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int global = leaf.docBase + doc;
                    if (result.get(global)) { // the result holds live documents only
                        n++;
                        seen.set(global);
                    }
                }
                if (n > 0) {
                    counts.merge(term.utf8ToString(), n, Long::sum);
                }
            }
        }
        return top(field, counts, total, seen, top);
    }

    private static Facet top(String field, Map<String, Long> counts, long total, FixedBitSet seen, int top) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, count)));
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        List<FacetValue> shown = new ArrayList<>(values.subList(0, Math.min(top, values.size())));
        long others = values.size() - shown.size();
        return new Facet(field, shown, total - seen.cardinality(), others);
    }
}
