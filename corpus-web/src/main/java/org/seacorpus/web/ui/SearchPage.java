package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.QuerySyntaxException;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.web.Params;
import org.seacorpus.web.SearchParams;
import org.seacorpus.web.Urls;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.chart.Numbers;

import io.javalin.http.Context;

/**
 * The search page: the query box with the CLI's query syntax and filters, facets with counts, the concordance
 * (hits aligned in one column, context and sort adjustable, paged with exact totals) or the list of documents,
 * downloads of the hits, and curation of every document the query finds.
 */
public final class SearchPage {
    static final int PAGE = 50;
    static final List<String[]> SORTS = List.of(new String[] {"", "document order"},
            new String[] {"1R,2R", "right context (1R, 2R)"}, new String[] {"1L,2L", "left context (1L, 2L)"},
            new String[] {"hit,1R", "hit, then right"}, new String[] {"doc", "document"});

    /** Everything the template shows. */
    public record View(SearchParams params, boolean documents, List<Option> languages, List<FacetBox> facets,
                       Workbench.KwicPage kwic, SearchResult docs, List<DocHit> docHits, Pager pager,
                       String error, List<String[]> sorts) {
        public boolean hasResults() {
            return kwic != null || docs != null;
        }

        public String filterText() {
            return String.join(" ", params.filters());
        }

        public String url() {
            return params.url("/search").with("view", documents ? "docs" : null).withIf("limit", params.limit(),
                    PAGE).toString();
        }

        public String viewUrl(boolean docsView) {
            return params.withOffset(0).url("/search").with("view", docsView ? "docs" : null).toString();
        }

        public String sortUrl(String sort) {
            return params.withSort(sort.isEmpty() ? null : sort).url("/search").toString();
        }

        public String removeFilterUrl(String filter) {
            return params.withoutFilter(filter).url("/search").with("view", documents ? "docs" : null).toString();
        }

        public String download(String format) {
            return params.withOffset(0).url("/api/v1/kwic/export").with("format", format).toString();
        }

        public String docUrl(String id) {
            return Urls.to("/doc/" + Urls.segment(id)).with("q", params.query()).with("lang", params.lang())
                    .toString();
        }

        public String totalText() {
            if (kwic != null) {
                return Numbers.count(kwic.result().hits()) + (kwic.result().hits() == 1 ? " hit" : " hits") + " in "
                        + Numbers.count(kwic.result().documents()) + (kwic.result().documents() == 1 ? " document"
                        : " documents");
            }
            return Numbers.count(docs.total()) + (docs.total() == 1 ? " document" : " documents");
        }

        public long matchedDocuments() {
            return kwic != null ? kwic.result().documents() : docs.total();
        }

        /** Downloads hold at most max_lines hits. */
        public boolean downloadTruncated() {
            return kwic != null && kwic.result().hits() > params.maxLines();
        }

        public String maxLinesText() {
            return Numbers.count(params.maxLines());
        }

        public String sortedNote() {
            return "sorted over the first " + Numbers.count(params.maxLines()) + " of "
                    + Numbers.count(kwic.result().hits()) + " hits only (max_lines); narrow the query, or add "
                    + "&max_lines= to the address, to sort them all";
        }
    }

    public record Option(String code, String label, boolean selected) {
    }

    public record FacetBox(String field, List<FacetLink> values, long others) {
    }

    public record FacetLink(String label, String count, String href, boolean active) {
    }

    public record DocHit(SearchHit hit, List<Segment> snippet, String href) {
    }

    private final Workbench bench;

    public SearchPage(Workbench bench) {
        this.bench = bench;
    }

    public View view(Context ctx) {
        SearchParams params = SearchParams.from(ctx, PAGE);
        boolean documents = "docs".equals(Params.text(ctx, "view"));
        List<Option> languages = languages(params);
        if (!params.hasQuery()) {
            return new View(params, documents, languages, List.of(), null, null, List.of(), null, null, SORTS);
        }
        try {
            List<FacetBox> facets = facets(params, documents);
            if (documents) {
                SearchResult docs = bench.search(params);
                List<SearchHit> page = docs.hits().subList(Math.min(params.offset(), docs.hits().size()),
                        docs.hits().size());
                List<DocHit> hits = new ArrayList<>();
                View probe = new View(params, true, languages, facets, null, docs, List.of(), null, null, SORTS);
                for (SearchHit hit : page) {
                    hits.add(new DocHit(hit, Segment.ofSnippet(hit.snippet()), probe.docUrl(hit.id())));
                }
                Pager pager = Pager.of(docs.total(), params.offset(), params.limit(), page.size(),
                        offset -> params.withOffset(offset).url("/search").with("view", "docs").toString());
                return new View(params, true, languages, facets, null, docs, hits, pager, null, SORTS);
            }
            Workbench.KwicPage kwic = bench.kwic(params);
            Pager pager = Pager.of(kwic.reachable(), params.offset(), params.limit(), kwic.lines().size(),
                    offset -> params.withOffset(offset).url("/search").withIf("limit", params.limit(), PAGE)
                            .toString());
            return new View(params, false, languages, facets, kwic, null, List.of(), pager, null, SORTS);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            return new View(params, documents, languages, List.of(), null, null, List.of(), null, e.getMessage(),
                    SORTS);
        } catch (WebException e) {
            if (e.status() == 400) {
                return new View(params, documents, languages, List.of(), null, null, List.of(), null, e.getMessage(),
                        SORTS);
            }
            throw e;
        }
    }

    private List<Option> languages(SearchParams params) {
        Map<String, FacetCounter.Facet> all = bench.corpus().analysis().facets(new SearchRequest(null, null, List.of(),
                1), List.of("lang"), 200);
        List<Option> out = new ArrayList<>();
        for (FacetCounter.FacetValue v : all.get("lang").values()) {
            out.add(new Option(v.value(), Dashboard.languageLabel(bench.corpus(), v.value()) + " · "
                    + Numbers.count(v.count()), v.value().equals(params.lang())));
        }
        out.sort(java.util.Comparator.comparing(Option::code));
        return out;
    }

    private List<FacetBox> facets(SearchParams params, boolean documents) {
        Map<String, FacetCounter.Facet> counted = bench.facets(params, Workbench.FACETS, 8);
        List<FacetBox> out = new ArrayList<>();
        Map<String, FacetCounter.Facet> ordered = new LinkedHashMap<>(counted);
        ordered.forEach((field, facet) -> {
            List<FacetLink> links = new ArrayList<>();
            for (FacetCounter.FacetValue v : facet.values()) {
                String filter = field + ":" + quote(v.value());
                String label = field.equals("source") ? shortSource(v.value())
                        : field.equals("lang") ? Dashboard.languageLabel(bench.corpus(), v.value()) : v.value();
                links.add(new FacetLink(label, Numbers.count(v.count()), params.withFilter(filter).url("/search")
                        .with("view", documents ? "docs" : null).toString(), params.filters().contains(filter)));
            }
            if (!links.isEmpty()) {
                out.add(new FacetBox(field, links, facet.others()));
            }
        });
        return out;
    }

    /**
     * A value as the filter syntax needs it (see {@code FilterParser}): a value with {@code *} or {@code ?} is
     * read as a wildcard pattern, so those are escaped (with the backslash, Lucene's escape there); a value with
     * spaces is put in quotes.
     */
    static String quote(String value) {
        String escaped = value.indexOf('*') >= 0 || value.indexOf('?') >= 0
                ? value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") : value;
        return escaped.chars().anyMatch(Character::isWhitespace) ? "\"" + escaped + "\"" : escaped;
    }

    /** The last part of a source URI or path (the full value is in the link's filter). */
    static String shortSource(String source) {
        String s = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        int slash = s.lastIndexOf('/');
        return slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
    }

    /** Parameters for a form that curates every document this search finds. */
    public static Map<String, Object> curationFields(SearchParams params) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("q", params.query());
        out.put("lang", params.lang());
        out.put("filters", params.filters());
        return out;
    }

    static String lineTitle(KwicLine line) {
        return line.source() + (line.part().isEmpty() ? "" : " [" + line.part() + "]");
    }
}
