package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarksReader;

/**
 * Computes {@link CorpusStats} from doc values in one pass over the selected documents: no stored field is read,
 * so it stays fast and memory-flat however large the texts are. Rejected and duplicate documents are left out
 * of the totals and of every grouping but the one by status (which shows what was left out) unless included.
 */
public final class StatsCollector {
    private StatsCollector() {
    }

    /** Every document but the rejected and duplicate ones. */
    public static CorpusStats collect(IndexReader reader) throws IOException {
        return collect(reader, new MatchAllDocsQuery(), false, false);
    }

    /**
     * @param selected documents to look at, whatever their status (see {@link Selection#anyStatus()})
     */
    public static CorpusStats collect(IndexReader reader, Query selected, boolean includeRejected,
                                      boolean includeDuplicates) throws IOException {
        FixedBitSet docs = SelectionQuery.matching(reader, selected);
        CorpusStats.Counts total = CorpusStats.Counts.ZERO;
        Map<String, CorpusStats.Counts> lang = new TreeMap<>();
        Map<String, CorpusStats.Counts> script = new TreeMap<>();
        Map<String, CorpusStats.Counts> status = new TreeMap<>();
        Map<String, CorpusStats.Counts> source = new TreeMap<>();
        Map<String, Long> excluded = new TreeMap<>();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            SortedDocValues langs = DocValues.getSorted(leaf, Fields.LANG);
            SortedDocValues scripts = DocValues.getSorted(leaf, Fields.SCRIPT);
            NumericDocValues statuses = DocValues.getNumeric(leaf, MarkFields.STATUS);
            SortedDocValues sources = DocValues.getSorted(leaf, Fields.SOURCE);
            // LongField keeps its doc values as sorted-numeric (one value per document here)
            SortedNumericDocValues chars = DocValues.getSortedNumeric(leaf, Fields.CHARS);
            SortedNumericDocValues words = DocValues.getSortedNumeric(leaf, Fields.WORDS);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (!docs.get(context.docBase + doc)) {
                    continue; // not selected, or deleted
                }
                long c = chars.advanceExact(doc) ? chars.nextValue() : 0;
                long w = words.advanceExact(doc) ? words.nextValue() : 0;
                String state = MarksReader.status(statuses, doc).value();
                merge(status, state, c, w);
                if ((state.equals(Status.REJECTED.value()) && !includeRejected)
                        || (state.equals(Status.DUPLICATE.value()) && !includeDuplicates)) {
                    excluded.merge(state, 1L, Long::sum);
                    continue;
                }
                total = total.plus(c, w);
                add(lang, langs, doc, c, w);
                add(script, scripts, doc, c, w);
                add(source, sources, doc, c, w);
            }
        }
        return new CorpusStats(total, lang, script, status, source, excluded);
    }

    private static String add(Map<String, CorpusStats.Counts> groups, SortedDocValues values, int doc, long c, long w)
            throws IOException {
        String key = values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        merge(groups, key, c, w);
        return key;
    }

    private static void merge(Map<String, CorpusStats.Counts> groups, String key, long c, long w) {
        groups.merge(key, CorpusStats.Counts.ZERO.plus(c, w),
                (a, b) -> new CorpusStats.Counts(a.documents() + b.documents(), a.chars() + b.chars(),
                        a.words() + b.words()));
    }
}
