package org.seacorpus.web;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;

import io.javalin.http.Context;

/**
 * A search or concordance as the request gives it, with the names the CLI uses ({@code corpus search}):
 * {@code q} the query (Lucene syntax), {@code lang}, {@code filter} (repeatable filter expressions),
 * {@code context} words on each side (or display columns with {@code chars}), {@code sort} keys such as
 * {@code 1R,2R}, and the page: {@code offset} and {@code limit}.
 */
public record SearchParams(String query, String lang, List<String> filters, int context, boolean chars, String sort,
                           int offset, int limit, int maxLines) {
    public static final int MAX_LIMIT = 1000;

    public SearchParams {
        filters = List.copyOf(filters);
    }

    public static SearchParams from(Context ctx, int defaultLimit) {
        boolean chars = Params.flag(ctx, "chars");
        int context = Params.integer(ctx, "context", chars ? KwicRequest.DEFAULT_COLUMNS : KwicRequest.DEFAULT_WORDS,
                0, chars ? 400 : 50);
        return new SearchParams(Params.text(ctx, "q"), Params.text(ctx, "lang"), Params.all(ctx, "filter"), context,
                chars, Params.text(ctx, "sort"), Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT),
                Params.integer(ctx, "limit", defaultLimit, 1, MAX_LIMIT),
                Params.integer(ctx, "max_lines", KwicRequest.DEFAULT_MAX_LINES, 1, 1_000_000));
    }

    public boolean hasQuery() {
        return query != null;
    }

    /** The query, refused when missing (search and concordance need one). */
    public String requireQuery() {
        if (query == null) {
            throw new WebException(400, "no query: give q, e.g. q=ข้าว (Lucene syntax: words, \"phrases\", "
                    + "AND/OR/NOT, wild*)");
        }
        return query;
    }

    public SearchRequest request(int limit) {
        return new SearchRequest(requireQuery(), lang, filters, limit);
    }

    /** The concordance lines up to the end of this page (the page is cut from them). */
    public KwicRequest kwic() {
        return new KwicRequest(request(offset + limit), context, chars, sort, offset + limit, maxLines);
    }

    public SearchParams withOffset(int newOffset) {
        return new SearchParams(query, lang, filters, context, chars, sort, Math.max(0, newOffset), limit, maxLines);
    }

    public SearchParams withSort(String newSort) {
        return new SearchParams(query, lang, filters, context, chars, newSort, 0, limit, maxLines);
    }

    public SearchParams withFilter(String filter) {
        List<String> more = new ArrayList<>(filters);
        if (!more.contains(filter)) {
            more.add(filter);
        }
        return new SearchParams(query, lang, more, context, chars, sort, 0, limit, maxLines);
    }

    public SearchParams withoutFilter(String filter) {
        List<String> fewer = new ArrayList<>(filters);
        fewer.remove(filter);
        return new SearchParams(query, lang, fewer, context, chars, sort, 0, limit, maxLines);
    }

    /** The parameters as an address on {@code path}, defaults left out. */
    public Urls url(String path) {
        return Urls.to(path).with("q", query).with("lang", lang).withAll("filter", filters)
                .withIf("context", context, chars ? KwicRequest.DEFAULT_COLUMNS : KwicRequest.DEFAULT_WORDS)
                .withIf("chars", chars ? "1" : null, null).with("sort", sort).withIf("offset", offset, 0)
                .withIf("max_lines", maxLines, KwicRequest.DEFAULT_MAX_LINES);
    }
}
