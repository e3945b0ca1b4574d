package org.seacorpus.search;

import java.util.List;

/**
 * A search.
 *
 * @param query   Lucene query syntax, analysed with each language's analyzer
 * @param lang    search only this language's text, or null for every language in the corpus
 * @param filters {@code field:value} pairs every hit must match (e.g. {@code status:ok}, {@code meta.author:Somchai})
 * @param limit   most hits returned (the total is always counted exactly)
 */
public record SearchRequest(String query, String lang, List<String> filters, int limit) {
    public SearchRequest {
        filters = filters == null ? List.of() : List.copyOf(filters);
        limit = limit <= 0 ? 10 : limit;
        if (lang != null) {
            org.seacorpus.lang.LanguageProfiles.builtIn().require(lang); // an unknown --lang is an error, not 0 hits
        }
    }
}
