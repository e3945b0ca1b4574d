package org.seacorpus.curate;

import java.util.List;

/**
 * Which documents a curation action applies to: ids (or unique id prefixes), and/or a text query with filters.
 * Given both, a document must satisfy both. Touching every document has to be asked for with {@code all}.
 *
 * @param ids     document ids or unique prefixes of at least 6 characters
 * @param query   Lucene query syntax on the text, as {@code search}, or null
 * @param lang    only this language, or null
 * @param filters filter expressions (see {@link org.seacorpus.search.FilterParser})
 * @param all     true to select every document when nothing else is given
 */
public record CurationTarget(List<String> ids, String query, String lang, List<String> filters, boolean all) {
    public CurationTarget {
        ids = ids == null ? List.of() : List.copyOf(ids);
        filters = filters == null ? List.of() : List.copyOf(filters);
        query = query == null || query.isBlank() ? null : query;
        lang = lang == null || lang.isBlank() ? null : lang;
        if (lang != null) {
            org.seacorpus.lang.LanguageProfiles.builtIn().require(lang);
        }
        if (ids.isEmpty() && query == null && lang == null && filters.isEmpty() && !all) {
            throw new IllegalArgumentException("no documents chosen: give ids, --query, --filter or --lang "
                    + "(or --all to change every document)");
        }
    }

    public static CurationTarget ofIds(List<String> ids) {
        return new CurationTarget(ids, null, null, null, false);
    }

    public static CurationTarget ofQuery(String query, String lang, List<String> filters) {
        return new CurationTarget(null, query, lang, filters, false);
    }
}
