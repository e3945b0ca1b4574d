package org.seacorpus.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.web.curation.CurationService;

/**
 * What the pages and the API share: the corpus (through its façade only), the server's options, its CSRF
 * token and curation. Searches and concordances are paged here the same way for both.
 */
public final class Workbench {
    /** Facets shown beside every search. */
    public static final List<String> FACETS = List.of("lang", "script", "status", "tags", "source");

    private final Corpus corpus;
    private final ServeOptions options;
    private final String csrf;
    private final CurationService curation;
    private final ResultCache cache;

    public Workbench(Corpus corpus, ServeOptions options) {
        this.corpus = corpus;
        this.options = options;
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.curation = new CurationService(corpus, options.allowCuration());
        this.cache = new ResultCache(options.cacheMegabytes() * 1024L * 1024L);
    }

    public Corpus corpus() {
        return corpus;
    }

    public ServeOptions options() {
        return options;
    }

    public String csrf() {
        return csrf;
    }

    public CurationService curation() {
        return curation;
    }

    public String corpusName() {
        return corpus.home().config().name();
    }

    /** Documents matching, best first, up to the end of the page (the page starts at {@code offset}). */
    public SearchResult search(SearchParams params) {
        SearchRequest request = params.request(params.offset() + params.limit());
        return cache.get(new Key(request, corpus.indexVersion()), () -> corpus.search(request), AnswerSize::of);
    }

    /** A page of a concordance. */
    public KwicPage kwic(SearchParams params) {
        KwicRequest request = params.kwic();
        KwicResult result = cache.get(new Key(request, corpus.indexVersion()),
                () -> corpus.analysis().concordance(request), AnswerSize::of);
        List<KwicLine> lines = result.lines();
        List<KwicLine> page = lines.subList(Math.min(params.offset(), lines.size()), lines.size());
        return new KwicPage(result, page, params.offset(), params.limit(), params.sort() != null,
                params.maxLines());
    }

    public Map<String, FacetCounter.Facet> facets(SearchParams params, List<String> fields, int top) {
        SearchRequest request = params.request(1);
        return cache.get(new Key(List.of("facets", request, List.copyOf(fields), top), corpus.indexVersion()),
                () -> corpus.analysis().facets(request, fields, top), AnswerSize::of);
    }

    /** What the result cache has done since the server started (for the load test and the dashboard). */
    public Map<String, Long> cacheCounts() {
        return cache.counts();
    }

    /** What was asked, of which index version: a commit makes every older key unreachable. */
    private record Key(Object asked, long indexVersion) {
    }

    /**
     * A page of a concordance with what a reader needs to know about it.
     *
     * @param sorted   true when sorted: then only the first {@code maxLines} hits were collected and sorted
     */
    public record KwicPage(KwicResult result, List<KwicLine> lines, int offset, int limit, boolean sorted,
                           int maxLines) {
        /** Hits that can be paged to: every hit, or the first {@code maxLines} when sorted. */
        public long reachable() {
            return sorted ? Math.min(result.hits(), maxLines) : result.hits();
        }

        /** The page asked for lies beyond the hits that were sorted. */
        public boolean beyondSorted() {
            return sorted && offset >= maxLines && result.hits() > offset;
        }
    }
}
