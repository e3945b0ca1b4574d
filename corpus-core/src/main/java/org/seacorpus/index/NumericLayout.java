package org.seacorpus.index;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.NumericUtils;

/**
 * How an index holds its numeric fields ({@code chars}, {@code words}, {@code sentences}, {@code imported_at},
 * {@code lang_score}) and the quality signals. One index has one layout: Lucene refuses a field whose points or
 * doc-values skip index differ from what the index already has, so a writer keeps the layout it finds
 * ({@link #of(IndexReader)}) and a new corpus gets {@link #DOC_VALUES}. Both layouts keep every number as a stored
 * value and as sorted-numeric doc values (doubles as {@link NumericUtils#doubleToSortableLong sortable longs}), so
 * readers of doc values and stored fields see no difference; only range queries and the quality doc values differ.
 */
public enum NumericLayout {
    /**
     * Corpora written before December 2026 (session 10): each number a {@link LongField}/{@link DoubleField} (points
     * and doc values), each quality signal its own {@code quality.<signal>} field with points and doc values.
     */
    POINTS,
    /**
     * Each number sorted-numeric doc values with a skip index ({@link SortedNumericDocValuesField#indexedField}),
     * no points; the quality signals packed in one binary doc value {@link Fields#QUALITY_VALUES}. 23 fewer fields
     * a document and no BKD tree to write at each flush and merge.
     */
    DOC_VALUES;

    /** The fields whose points tell an index of the older layout. */
    private static final String[] NUMERIC_FIELDS = {Fields.CHARS, Fields.WORDS, Fields.SENTENCES, Fields.IMPORTED_AT,
        Fields.LANG_SCORE};

    /** The layout of the index {@code reader} reads: {@link #POINTS} when a numeric field has points there. */
    public static NumericLayout of(IndexReader reader) {
        return of(MergedFieldInfos.of(reader));
    }

    /** The layout of an index whose fields are {@code infos}; an empty index has {@link #DOC_VALUES}. */
    public static NumericLayout of(FieldInfos infos) {
        for (String field : NUMERIC_FIELDS) {
            FieldInfo info = infos.fieldInfo(field);
            if (info != null && info.getPointDimensionCount() > 0) {
                return POINTS;
            }
        }
        for (FieldInfo info : infos) {
            if (info.name.startsWith(Fields.QUALITY_PREFIX) && info.getPointDimensionCount() > 0) {
                return POINTS;
            }
        }
        return DOC_VALUES;
    }

    /** Documents whose whole-number field {@code field} is within {@code [from, to]}. */
    public Query longRange(String field, long from, long to) {
        return this == POINTS ? LongField.newRangeQuery(field, from, to)
                : SortedNumericDocValuesField.newSlowRangeQuery(field, from, to);
    }

    /** Documents whose decimal field {@code field} is within {@code [from, to]}. */
    public Query doubleRange(String field, double from, double to) {
        return this == POINTS ? DoubleField.newRangeQuery(field, from, to)
                : SortedNumericDocValuesField.newSlowRangeQuery(field, NumericUtils.doubleToSortableLong(from),
                        NumericUtils.doubleToSortableLong(to));
    }
}
