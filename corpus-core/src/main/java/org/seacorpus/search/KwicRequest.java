package org.seacorpus.search;

/**
 * A concordance.
 *
 * @param search   the query, language and filters (its limit is not used: see {@code limit})
 * @param context  context size on each side: words, or display columns when {@code columns}
 * @param columns  measure context in display columns instead of words (cut at word boundaries all the same)
 * @param sort     sort keys, e.g. {@code 1R,2R} or {@code left} (see {@link KwicSort}); null shows the hits in document-id order, then position
 * @param limit    most lines returned
 * @param maxLines most lines collected for sorting; beyond it the result says it is truncated
 */
public record KwicRequest(SearchRequest search, int context, boolean columns, String sort, int limit,
                          int maxLines) {
    public static final int DEFAULT_WORDS = 5;
    public static final int DEFAULT_COLUMNS = 40;
    public static final int DEFAULT_MAX_LINES = 100_000;

    public KwicRequest {
        if (context < 0) {
            throw new IllegalArgumentException("--context must be 0 or more, not " + context);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("the number of concordance lines must be at least 1, not " + limit);
        }
        maxLines = maxLines <= 0 ? DEFAULT_MAX_LINES : Math.max(maxLines, limit);
        sort = sort == null || sort.isBlank() ? null : sort;
    }
}
