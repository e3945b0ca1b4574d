package org.seacorpus.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.seacorpus.document.Status;

/**
 * Queries on marks ({@link MarkFields}): they read doc values, since marks are not indexed as terms. Every place
 * that filters by status, tag, cluster or rejection reason builds its query here, so that search, statistics,
 * export and curation select the same documents.
 */
public final class MarkQueries {
    private MarkQueries() {
    }

    /** Documents with one of these statuses. */
    public static Query status(Status... statuses) {
        return status(Arrays.asList(statuses));
    }

    public static Query status(Collection<Status> statuses) {
        if (statuses.isEmpty()) {
            return new MatchNoDocsQuery("no status");
        }
        return NumericDocValuesField.newSlowSetQuery(MarkFields.STATUS,
                statuses.stream().mapToLong(MarkFields::code).distinct().sorted().toArray());
    }

    /** Documents tagged {@code tag} (a pattern with {@code *} and {@code ?} allowed). */
    public static Query tag(String tag) {
        return new MarkValueQuery(MarkFields.TAGS, tag);
    }

    /** Documents with any of these tags. */
    public static Query anyTag(Collection<String> tags) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tags.forEach(t -> any.add(tag(t), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Documents in a duplicate cluster. */
    public static Query clustered() {
        return new FieldExistsQuery(MarkFields.CLUSTER);
    }

    /** Documents with any dedupe mark: a cluster, or status duplicate. */
    public static Query deduplicated() {
        return new BooleanQuery.Builder()
                .add(clustered(), BooleanClause.Occur.SHOULD)
                .add(status(Status.DUPLICATE), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The filter {@code name:value} on a mark ({@code status}, {@code tags}, {@code cluster}, {@code duplicate_of},
     * {@code reject_reason}); null when {@code name} is not a mark.
     */
    public static Query filter(String name, String value) {
        String field = MarkFields.BY_FILTER_NAME.get(name);
        if (field == null) {
            return null;
        }
        if (field.equals(MarkFields.STATUS)) {
            return statusPattern(value);
        }
        return new MarkValueQuery(field, value);
    }

    private static Query statusPattern(String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        java.util.List<Status> matching = Arrays.stream(Status.values())
                .filter(s -> s.value().matches(regex.toString())).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("status '" + value + "' is none of ok, duplicate, rejected");
        }
        return status(matching);
    }
}
