package org.seacorpus.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarkQueries;
import org.seacorpus.index.MergedFieldInfos;
import org.seacorpus.index.NumericLayout;

/**
 * Turns a filter expression into a query that restricts without scoring. An expression is one or more clauses
 * separated by spaces, all of which must hold:
 * <ul>
 *   <li>{@code field:value} a keyword field ({@code lang}, {@code source}, {@code status}, {@code tags},
 *       {@code meta.author} …); {@code *} and {@code ?} in the value are wildcards; {@code a|b} means either;
 *       {@code "quoted values"} may hold spaces</li>
 *   <li>{@code imported_at:FROM..TO} a date range (ISO dates {@code 2025-03-01}, inclusive, UTC, or instants);
 *       either end may be left out; a single date means that day</li>
 *   <li>{@code words:100..}, {@code chars:..5000}, {@code lang_score:0.9..}, {@code cluster_size:3..}: numeric
 *       ranges</li>
 *   <li>{@code -field:value} excludes</li>
 * </ul>
 * Fields other than the built-in ones may be filtered on when the index has them as keywords (other jobs add
 * fields, e.g. {@code source_stamp}); anything else is refused, so a typo never silently yields an empty result.
 * Marks ({@code status}, {@code tags}, {@code cluster}, {@code duplicate_of}, {@code reject_reason},
 * {@code cluster_size}) are doc values updated in place, not terms: their clauses are doc-values queries
 * ({@link MarkQueries}) that select exactly what term queries on the same values did. Numeric ranges are point
 * queries in a corpus of the older {@link NumericLayout#POINTS} layout and doc-values queries (helped by the skip
 * index) otherwise; both select the same documents.
 */
public final class FilterParser {
    /** Fields indexed as keywords (plus every {@code meta.*} field). */
    static final Set<String> KEYWORD_FIELDS = Set.of(Fields.ID, Fields.SOURCE, Fields.MIME, Fields.LANG,
            Fields.SCRIPT, Fields.STATUS, Fields.TAGS, Fields.CLUSTER, Fields.DUPLICATE_OF, Fields.CONTENT_HASH,
            "reject_reason", Fields.SOURCE_STAMP, Fields.LOOSE_HASH);
    private static final Set<String> LONG_FIELDS = Set.of(Fields.CHARS, Fields.WORDS, Fields.SENTENCES);

    /** Keyword fields the index has besides the built-in ones. */
    private final Set<String> indexed;
    /** How the index holds its numbers: what the range queries are. */
    private final NumericLayout layout;

    private FilterParser(Set<String> indexed, NumericLayout layout) {
        this.indexed = indexed;
        this.layout = layout;
    }

    /** A parser that also accepts the keyword fields found in this index. */
    public static FilterParser forIndex(IndexReader reader) {
        Set<String> fields = new HashSet<>();
        for (FieldInfo info : MergedFieldInfos.of(reader)) {
            if (info.getIndexOptions() == IndexOptions.DOCS && !Fields.isTextField(info.name)) {
                fields.add(info.name);
            }
        }
        return new FilterParser(fields, NumericLayout.of(reader));
    }

    /**
     * The query for an expression, knowing only the built-in fields; its ranges are doc-values queries, which select
     * the same documents in both layouts (an index of the {@link NumericLayout#POINTS} layout has the doc values too).
     */
    public static Query parse(String expression) {
        return new FilterParser(Set.of(), NumericLayout.DOC_VALUES).query(expression);
    }

    /** The query for an expression; a blank expression is refused. */
    public Query query(String expression) {
        List<String> clauses = split(expression);
        if (clauses.isEmpty()) {
            throw new QuerySyntaxException("empty filter; write field:value, e.g. lang:th or tags:news", null);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        for (String clause : clauses) {
            boolean exclude = clause.startsWith("-");
            Query query = clause(exclude ? clause.substring(1) : clause);
            all.add(query, exclude ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
            positive |= !exclude;
        }
        if (!positive) {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** True when {@code field} is a keyword field that can be filtered on and counted as a facet. */
    public boolean isKeywordField(String field) {
        return KEYWORD_FIELDS.contains(field) || isMetaField(field) || indexed.contains(field);
    }

    private static boolean isMetaField(String field) {
        return field.startsWith(Fields.META_PREFIX) && field.length() > Fields.META_PREFIX.length();
    }

    private Query clause(String clause) {
        int colon = clause.indexOf(':');
        if (colon <= 0 || colon == clause.length() - 1) {
            throw new QuerySyntaxException("filter '" + clause + "' is not field:value (e.g. lang:th, status:ok, "
                    + "tags:news, meta.author:Somchai, imported_at:2025-01-01..2025-06-30)", null);
        }
        String field = clause.substring(0, colon).strip();
        String value = unquote(clause.substring(colon + 1).strip());
        if (field.equals(Fields.IMPORTED_AT)) {
            return dateRange(value);
        }
        if (LONG_FIELDS.contains(field)) {
            long[] range = longRange(field, value);
            return layout.longRange(field, range[0], range[1]);
        }
        if (field.equals(Fields.LANG_SCORE)) {
            return doubleRange(value);
        }
        if (field.equals(Fields.CLUSTER_SIZE)) {
            long[] range = longRange(field, value);
            return org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(MarkFields.CLUSTER_SIZE,
                    range[0], range[1]);
        }
        if (!isKeywordField(field)) {
            throw new QuerySyntaxException("cannot filter on '" + field + "'; use one of " + knownFields(), null);
        }
        String[] alternatives = value.split("\\|", -1);
        if (alternatives.length == 1) {
            return keyword(field, value);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String alternative : alternatives) {
            any.add(keyword(field, alternative), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query keyword(String field, String value) {
        if (value.isEmpty()) {
            throw new QuerySyntaxException("empty value for filter field '" + field + "'", null);
        }
        if (MarkFields.BY_FILTER_NAME.containsKey(field)) {
            try {
                return MarkQueries.filter(field, value);
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException(e.getMessage() + " (in filter " + field + ":" + value + ")", e);
            }
        }
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0
                ? new WildcardQuery(new Term(field, value))
                : new TermQuery(new Term(field, value));
    }

    private Query dateRange(String value) {
        String[] ends = rangeEnds(value);
        if (ends == null) {
            return layout.longRange(Fields.IMPORTED_AT, instant(value, false), instant(value, true));
        }
        long from = ends[0].isEmpty() ? Long.MIN_VALUE : instant(ends[0], false);
        long to = ends[1].isEmpty() ? Long.MAX_VALUE : instant(ends[1], true);
        return layout.longRange(Fields.IMPORTED_AT, from, to);
    }

    /** Epoch millis of a date (start or end of that UTC day) or an ISO instant. */
    private static long instant(String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new QuerySyntaxException("'" + value + "' is not a date (2025-03-01) or an instant "
                    + "(2025-03-01T09:30:00Z) in filter imported_at", e);
        }
    }

    private static long[] longRange(String field, String value) {
        String[] ends = rangeEnds(value);
        try {
            if (ends == null) {
                long exact = Long.parseLong(value);
                return new long[] {exact, exact};
            }
            return new long[] {ends[0].isEmpty() ? Long.MIN_VALUE : Long.parseLong(ends[0]),
                ends[1].isEmpty() ? Long.MAX_VALUE : Long.parseLong(ends[1])};
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("'" + value + "' is not a whole number or a range like 100..500 in filter "
                    + field, e);
        }
    }

    private Query doubleRange(String value) {
        String[] ends = rangeEnds(value);
        try {
            if (ends == null) {
                double exact = Double.parseDouble(value);
                return layout.doubleRange(Fields.LANG_SCORE, exact, exact);
            }
            return layout.doubleRange(Fields.LANG_SCORE,
                    ends[0].isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(ends[0]),
                    ends[1].isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(ends[1]));
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("'" + value + "' is not a number or a range like 0.9.. in filter "
                    + Fields.LANG_SCORE, e);
        }
    }

    /** {@code [from, to]} of {@code from..to} (either may be empty), or null when the value is not a range. */
    private static String[] rangeEnds(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            return null;
        }
        return new String[] {value.substring(0, dots).strip(), value.substring(dots + 2).strip()};
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Clauses split on whitespace outside double quotes. */
    static List<String> split(String expression) {
        List<String> out = new ArrayList<>();
        if (expression == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new QuerySyntaxException("unbalanced \" in filter '" + expression + "'", null);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private String knownFields() {
        Set<String> all = new HashSet<>(KEYWORD_FIELDS);
        all.addAll(indexed);
        List<String> fields = new ArrayList<>(all);
        fields.addAll(LONG_FIELDS);
        fields.add(Fields.LANG_SCORE);
        fields.add(Fields.CLUSTER_SIZE);
        fields.add(Fields.IMPORTED_AT);
        fields.sort(null);
        return String.join(", ", fields) + " or meta.NAME";
    }
}
