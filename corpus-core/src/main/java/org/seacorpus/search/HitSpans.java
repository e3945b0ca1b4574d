package org.seacorpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.seacorpus.index.Fields;

/**
 * The hits of a query in each matching document of a segment: the offsets of its matches, overlapping ones merged
 * (a word and its syllables are one hit), the same spans Lucene's {@link Weight#matches} gives. Lucene builds
 * new postings for every document it is asked about; a concordance asks about every matching document to count
 * hits exactly, so for the queries it mostly sees (words, phrases, and Boolean combinations of them, with keyword
 * filters) this reads the terms' postings once per segment, moving forward document by document. Any other query
 * on a text field (wildcards, proximity…) is asked of Lucene document by document. Documents in increasing order;
 * not thread-safe.
 */
final class HitSpans {
    /** A part of the query: does it match the document, and where (offsets, for the parts on text fields). */
    private interface Node {
        boolean collect(int doc, List<int[]> out) throws IOException;
    }

    private final Node root;
    private final Weight weight;
    private final LeafReaderContext leaf;

    private HitSpans(Node root, Weight weight, LeafReaderContext leaf) {
        this.root = root;
        this.weight = weight;
        this.leaf = leaf;
    }

    /** @param rewritten the query as the searcher rewrote it; {@code weight} is its weight */
    static HitSpans of(IndexSearcher searcher, Query rewritten, Weight weight, LeafReaderContext leaf)
            throws IOException {
        return new HitSpans(compile(searcher, rewritten, leaf), weight, leaf);
    }

    /** The merged match spans of a document the query matches. */
    List<int[]> spans(int doc) throws IOException {
        if (root != null) {
            List<int[]> raw = new ArrayList<>();
            if (root.collect(doc, raw)) {
                return merge(raw);
            }
        }
        return spans(weight.matches(leaf, doc));
    }

    /** Match offsets in text order, overlapping ones merged (a word and its syllables are one hit). */
    static List<int[]> spans(Matches matches) throws IOException {
        List<int[]> raw = new ArrayList<>();
        if (matches == null) {
            return raw;
        }
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                add(raw, it.startOffset(), it.endOffset());
            }
        }
        return merge(raw);
    }

    private static void add(List<int[]> raw, int start, int end) {
        if (start >= 0 && end > start) {
            raw.add(new int[] {start, end});
        }
    }

    private static List<int[]> merge(List<int[]> raw) {
        raw.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] < last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(new int[] {m[0], m[1]});
            }
        }
        return merged;
    }

    /** The node of a query, or null when a part of it on a text field is of a kind read only through Lucene. */
    private static Node compile(IndexSearcher searcher, Query query, LeafReaderContext leaf) throws IOException {
        return switch (query) {
            case BoostQuery boost -> compile(searcher, boost.getQuery(), leaf);
            case ConstantScoreQuery constant -> compile(searcher, constant.getQuery(), leaf);
            case MatchAllDocsQuery all -> (doc, out) -> true;
            case TermQuery term when offsets(leaf, term.getTerm().field()) -> term(leaf, term.getTerm());
            case PhraseQuery phrase when phrase.getSlop() == 0 && offsets(leaf, phrase.getField()) ->
                    phrase(leaf, phrase);
            case BooleanQuery bool -> bool(searcher, bool, leaf);
            default -> onTextFields(query) ? null : matchOnly(searcher, query, leaf);
        };
    }

    private static Node bool(IndexSearcher searcher, BooleanQuery query, LeafReaderContext leaf) throws IOException {
        List<Node> required = new ArrayList<>();
        List<Node> optional = new ArrayList<>();
        List<Node> prohibited = new ArrayList<>();
        for (BooleanClause clause : query.clauses()) {
            Node node = compile(searcher, clause.query(), leaf);
            if (node == null) {
                return null;
            }
            (clause.isProhibited() ? prohibited : clause.isRequired() ? required : optional).add(node);
        }
        int minimum = query.getMinimumNumberShouldMatch();
        int atLeast = required.isEmpty() ? Math.max(1, minimum) : minimum;
        return (doc, out) -> {
            List<int[]> found = new ArrayList<>();
            for (Node node : required) {
                if (!node.collect(doc, found)) {
                    return false;
                }
            }
            int matched = 0;
            for (Node node : optional) {
                matched += node.collect(doc, found) ? 1 : 0;
            }
            if (matched < atLeast) {
                return false;
            }
            for (Node node : prohibited) {
                if (node.collect(doc, new ArrayList<>())) {
                    return false;
                }
            }
            out.addAll(found);
            return true;
        };
    }

    private static Node term(LeafReaderContext leaf, Term term) throws IOException {
        PostingsEnum postings = postings(leaf, term);
        if (postings == null) {
            return (doc, out) -> false;
        }
        return (doc, out) -> {
            if (!on(postings, doc)) {
                return false;
            }
            for (int i = postings.freq(); i > 0; i--) {
                postings.nextPosition();
                add(out, postings.startOffset(), postings.endOffset());
            }
            return true;
        };
    }

    /** An exact phrase: every start position of the first term where each term is at its relative position. */
    private static Node phrase(LeafReaderContext leaf, PhraseQuery phrase) throws IOException {
        Term[] terms = phrase.getTerms();
        int[] relative = phrase.getPositions();
        PostingsEnum[] postings = new PostingsEnum[terms.length];
        for (int t = 0; t < terms.length; t++) {
            postings[t] = postings(leaf, terms[t]);
            if (postings[t] == null) {
                return (doc, out) -> false;
            }
        }
        return (doc, out) -> {
            int[][][] occurrences = new int[terms.length][][];
            for (int t = 0; t < terms.length; t++) {
                if (!on(postings[t], doc)) {
                    return false;
                }
                occurrences[t] = occurrences(postings[t]);
            }
            boolean found = false;
            int[][] first = occurrences[0];
            for (int i = 0; i < first[0].length; i++) {
                int base = first[0][i] - relative[0];
                int end = first[2][i];
                for (int t = 1; t < terms.length && end >= 0; t++) {
                    int j = java.util.Arrays.binarySearch(occurrences[t][0], base + relative[t]);
                    end = j < 0 ? -1 : occurrences[t][2][j];
                }
                if (end >= 0) {
                    found = true;
                    add(out, first[1][i], end); // from the first word's start to the last word's end
                }
            }
            return found;
        };
    }

    /** A part that contributes no offsets (a keyword filter, say): whether it matches, from its own scorer. */
    private static Node matchOnly(IndexSearcher searcher, Query query, LeafReaderContext leaf) throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1);
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return (doc, out) -> false;
        }
        DocIdSetIterator it = scorer.iterator();
        return (doc, out) -> (it.docID() < doc ? it.advance(doc) : it.docID()) == doc;
    }

    private static boolean on(PostingsEnum postings, int doc) throws IOException {
        return (postings.docID() < doc ? postings.advance(doc) : postings.docID()) == doc;
    }

    /** The positions, start offsets and end offsets of a term in the current document, positions ascending. */
    private static int[][] occurrences(PostingsEnum postings) throws IOException {
        int freq = postings.freq();
        int[][] out = new int[3][freq];
        for (int i = 0; i < freq; i++) {
            out[0][i] = postings.nextPosition();
            out[1][i] = postings.startOffset();
            out[2][i] = postings.endOffset();
        }
        return out;
    }

    private static PostingsEnum postings(LeafReaderContext leaf, Term term) throws IOException {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        return te.seekExact(term.bytes()) ? te.postings(null, PostingsEnum.OFFSETS) : null;
    }

    /** True when the field is indexed with offsets (a language's text field or sub-field). */
    private static boolean offsets(LeafReaderContext leaf, String field) {
        FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
        return info == null || info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    }

    /** True when a query reads a language's text field (so it may contribute offsets Lucene alone can give). */
    private static boolean onTextFields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields.stream().anyMatch(Fields::isTextField);
    }
}
