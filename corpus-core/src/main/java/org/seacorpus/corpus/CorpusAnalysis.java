package org.seacorpus.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.seacorpus.search.Concordancer;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.FilterParser;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.search.SelectionQuery;
import org.seacorpus.search.StatsCollector;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.CollocationResult;
import org.seacorpus.stats.DispersionResult;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.KeynessCalculator;
import org.seacorpus.stats.KeynessResult;
import org.seacorpus.stats.WordStatistics;
import org.seacorpus.tokens.TokenCountScan;
import org.seacorpus.tokens.TokenCounter;
import org.seacorpus.tokens.TokenReport;

/**
 * What a linguist asks of a corpus, read-only: concordances, facets, and word statistics of any subcorpus (a
 * {@link Selection}: a query, a language, filters; rejected and duplicate documents left out unless included).
 * Each call works on the last committed state and never waits for a writer.
 *
 * <pre>{@code
 * CorpusAnalysis analysis = corpus.analysis();
 * KwicResult kwic = analysis.concordance(new KwicRequest(new SearchRequest("ข้าว", "th", List.of(), 0),
 *         5, false, "1R", 50, 0));
 * FrequencyList top = analysis.frequencies(Selection.of(null, "th", List.of()), 2, 100);
 * }</pre>
 */
public final class CorpusAnalysis {
    private final Corpus corpus;

    CorpusAnalysis(Corpus corpus) {
        this.corpus = corpus;
    }

    /** A keyword-in-context concordance of a search (every status, as {@code search}). */
    public KwicResult concordance(KwicRequest request) {
        return corpus.read(reader -> new Concordancer(reader, corpus.analyzers(), corpus.segmenters()).run(request));
    }

    /** Documents matching a search (every status, as {@code search}) counted by the values of some fields. */
    public Map<String, FacetCounter.Facet> facets(SearchRequest request, List<String> fields, int top) {
        Selection all = new Selection(request.query(), request.lang(), request.filters(), true, true);
        return corpus.read(reader -> FacetCounter.count(reader, query(reader, all), fields, top));
    }

    /** Documents, characters and words of a subcorpus by language, script, status and source. */
    public CorpusStats stats(Selection selection) {
        return corpus.read(reader -> StatsCollector.collect(reader, query(reader, selection.anyStatus()),
                selection.includeRejected(), selection.includeDuplicates()));
    }

    public FrequencyList frequencies(Selection selection, long min, int top) {
        return corpus.read(reader -> statistics(reader).frequencies(query(reader, selection), min, top));
    }

    public List<FrequencyList> ngrams(Selection selection, int fromN, int toN, long min, int top) {
        return corpus.read(reader -> statistics(reader).ngrams(query(reader, selection), fromN, toN, min, top));
    }

    public CollocationResult collocations(Selection selection, String node, int left, int right,
                                          AssociationMeasure measure, long min, int top) {
        return corpus.read(reader -> statistics(reader)
                .collocations(query(reader, selection), node, left, right, measure, min, top));
    }

    /**
     * Keywords of the documents of {@code base} matching {@code focus} against those matching {@code reference}
     * (both filter expressions); a null reference means the rest of {@code base}.
     */
    public KeynessResult keyness(Selection base, String focus, String reference, KeynessCalculator.Measure measure,
                                 double smoothing, long min, int top) {
        return corpus.read(reader -> {
            Query focusQuery = query(reader, base.andFilter(focus));
            Query referenceQuery = reference != null ? query(reader, base.andFilter(reference))
                    : new BooleanQuery.Builder().add(query(reader, base), BooleanClause.Occur.MUST)
                    .add(FilterParser.forIndex(reader).query(focus), BooleanClause.Occur.MUST_NOT).build();
            return statistics(reader).keyness(focusQuery, referenceQuery, measure, smoothing, min, top);
        });
    }

    /** @param partsBy {@code document} (or null), or a field whose values make the parts */
    public DispersionResult dispersion(Selection selection, List<String> words, String partsBy) {
        return corpus.read(reader -> statistics(reader).dispersion(query(reader, selection), words, partsBy));
    }

    /**
     * Tokens of a subcorpus counted by a language model's tokenizer, by language, beside its words
     * ({@link org.seacorpus.tokens.TokenCounters#open} names the tokenizer).
     */
    public TokenReport tokens(Selection selection, TokenCounter counter) {
        return corpus.read(reader -> new TokenCountScan(reader, counter).count(query(reader, selection)));
    }

    private Query query(IndexReader reader, Selection selection) {
        return SelectionQuery.build(reader, corpus.analyzers(), selection);
    }

    /** Word statistics read from the index's token fields (see {@link WordStatistics}). */
    private WordStatistics statistics(IndexReader reader) throws IOException {
        return new WordStatistics(reader, corpus.segmenters());
    }
}
