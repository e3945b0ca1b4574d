package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.seacorpus.index.Fields;

/**
 * Computes {@link CorpusStats} from doc values in one pass over the live documents: no stored field is read,
 * so it stays fast and memory-flat however large the texts are.
 */
public final class StatsCollector {
    private StatsCollector() {
    }

    public static CorpusStats collect(IndexReader reader) throws IOException {
        CorpusStats.Counts total = CorpusStats.Counts.ZERO;
        Map<String, CorpusStats.Counts> lang = new TreeMap<>();
        Map<String, CorpusStats.Counts> script = new TreeMap<>();
        Map<String, CorpusStats.Counts> status = new TreeMap<>();
        Map<String, CorpusStats.Counts> source = new TreeMap<>();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues langs = DocValues.getSorted(leaf, Fields.LANG);
            SortedDocValues scripts = DocValues.getSorted(leaf, Fields.SCRIPT);
            SortedDocValues statuses = DocValues.getSorted(leaf, Fields.STATUS);
            SortedDocValues sources = DocValues.getSorted(leaf, Fields.SOURCE);
            // LongField keeps its doc values as sorted-numeric (one value per document here)
            SortedNumericDocValues chars = DocValues.getSortedNumeric(leaf, Fields.CHARS);
            SortedNumericDocValues words = DocValues.getSortedNumeric(leaf, Fields.WORDS);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long c = chars.advanceExact(doc) ? chars.nextValue() : 0;
                long w = words.advanceExact(doc) ? words.nextValue() : 0;
                total = total.plus(c, w);
                add(lang, langs, doc, c, w);
                add(script, scripts, doc, c, w);
                add(status, statuses, doc, c, w);
                add(source, sources, doc, c, w);
            }
        }
        return new CorpusStats(total, lang, script, status, source);
    }

    private static void add(Map<String, CorpusStats.Counts> groups, SortedDocValues values, int doc, long c, long w)
            throws IOException {
        String key = values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        groups.merge(key, CorpusStats.Counts.ZERO.plus(c, w),
                (a, b) -> new CorpusStats.Counts(a.documents() + b.documents(), a.chars() + b.chars(),
                        a.words() + b.words()));
    }
}
