package org.seacorpus.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A subcorpus: the documents statistics, facets and curation work on.
 *
 * @param query             Lucene query syntax on the text (as {@code search}), or null for every document
 * @param lang              only this language, or null for all
 * @param filters           filter expressions every document must match (see {@link FilterParser})
 * @param includeRejected   count documents a curator rejected (left out by default)
 * @param includeDuplicates count documents dedupe marked as duplicates (left out by default)
 */
public record Selection(String query, String lang, List<String> filters, boolean includeRejected,
                        boolean includeDuplicates) {
    public Selection {
        query = query == null || query.isBlank() ? null : query;
        lang = lang == null || lang.isBlank() ? null : lang;
        filters = filters == null ? List.of() : List.copyOf(filters);
        if (lang != null) {
            org.seacorpus.lang.LanguageProfiles.builtIn().require(lang);
        }
    }

    /** Every ok document. */
    public static final Selection ALL = new Selection(null, null, List.of(), false, false);

    public static Selection of(String query, String lang, List<String> filters) {
        return new Selection(query, lang, filters, false, false);
    }

    /** The same selection narrowed by one more filter expression. */
    public Selection andFilter(String filter) {
        List<String> more = new ArrayList<>(filters);
        more.add(filter);
        return new Selection(query, lang, more, includeRejected, includeDuplicates);
    }

    /** The same documents whatever their status (for the status breakdown of {@code stats}). */
    public Selection anyStatus() {
        return new Selection(query, lang, filters, true, true);
    }

    public Selection including(boolean rejected, boolean duplicates) {
        return new Selection(query, lang, filters, rejected, duplicates);
    }
}
