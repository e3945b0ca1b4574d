package org.seacorpus.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.search.Concordancer;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.stats.WordStatistics;

/**
 * The concordance part of the {@code search} phase, on the words a linguist looks up first: the three most
 * frequent words of each language (the hardest case: thousands of hits). Each 50-line concordance, sorted by
 * {@code 1R} and by {@code 2L,1R} and unsorted, is timed through {@link Concordancer} reading the token fields;
 * the baseline is the same concordance as it was made before them (hits from Lucene's matches document by
 * document, every sort key cut from the stored text by the segmenter), on the commonest word of each language,
 * in the same run; the lines must be the same.
 */
final class KwicBench {
    static final double GOAL_SORTED_MS = 300;

    private final IndexReader reader;
    private final Corpus corpus;
    private final LanguageAnalyzers analyzers;
    private final boolean textBaselines;

    KwicBench(IndexReader reader, Corpus corpus, LanguageAnalyzers analyzers, boolean textBaselines) {
        this.reader = reader;
        this.corpus = corpus;
        this.analyzers = analyzers;
        this.textBaselines = textBaselines;
    }

    Map<String, Object> run(List<String> languages) throws IOException {
        WordStatistics statistics = new WordStatistics(reader, corpus.segmenters());
        List<SearchRequest> common = new ArrayList<>();
        List<SearchRequest> commonest = new ArrayList<>();
        for (String lang : languages) {
            var words = statistics.frequencies(org.seacorpus.search.SelectionQuery.build(reader, analyzers,
                    Selection.of(null, lang, List.of())), 1, 3).words();
            for (WordFrequency w : words) {
                SearchRequest request = new SearchRequest(QueryParser.escape(w.word()), lang, List.of(), 10);
                common.add(request);
                if (w == words.get(0)) {
                    commonest.add(request);
                }
            }
        }
        Concordancer tokens = new Concordancer(reader, analyzers, corpus.segmenters(), true);
        Concordancer text = new Concordancer(reader, analyzers, corpus.segmenters(), false);
        for (SearchRequest warm : common) { // JIT, page cache
            tokens.run(kwic(warm, "1R"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", common.size());
        out.put("sorted_1r", time(tokens, common, "1R", true));
        out.put("sorted_2l_1r", time(tokens, common, "2L,1R", true));
        out.put("unsorted", time(tokens, common, null, false));
        if (textBaselines) {
            Map<String, Object> base = time(text, commonest, "1R", false);
            Map<String, Object> same = time(tokens, commonest, "1R", true);
            boolean equal = true;
            long hits = 0;
            for (SearchRequest request : commonest) {
                KwicResult a = tokens.run(kwic(request, "1R"));
                KwicResult b = text.run(kwic(request, "1R"));
                equal &= a.equals(b);
                hits += a.hits();
            }
            base.put("same_lines", equal);
            base.put("hits", hits);
            out.put("baseline_sorted_1r_commonest", base);
            out.put("sorted_1r_commonest", same);
        }
        return out;
    }

    private static KwicRequest kwic(SearchRequest search, String sort) {
        return new KwicRequest(search, KwicRequest.DEFAULT_WORDS, false, sort, 50, 0);
    }

    private static Map<String, Object> time(Concordancer concordancer, List<SearchRequest> requests, String sort,
                                            boolean goal) throws IOException {
        double[] ms = new double[requests.size()];
        long hits = 0;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            hits += concordancer.run(kwic(requests.get(i), sort)).hits();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Percentiles p = new Percentiles(ms);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", ms.length);
        out.put("p50", Costs.round(p.at(50), 1));
        out.put("p95", Costs.round(p.at(95), 1));
        out.put("mean_hits", ms.length == 0 ? 0 : hits / ms.length);
        if (goal) {
            out.put("goal_p50_ms", GOAL_SORTED_MS);
            out.put("meets_goal", p.at(50) < GOAL_SORTED_MS);
        }
        return out;
    }
}
