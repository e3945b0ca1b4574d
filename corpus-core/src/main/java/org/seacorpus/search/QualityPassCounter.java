package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.NumericUtils;
import org.seacorpus.document.Document;
import org.seacorpus.document.Status;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityFilter;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * Counts, per language, the documents with status {@code ok} that pass the quality filter ({@code export
 * --quality}'s decision), over the whole corpus and over those imported (added or updated) after a given
 * instant. Signals come from the doc values; a document stored without them is measured from its stored text,
 * as {@link QualityStatsCollector} does. One pass over the live documents; memory is one counter per language.
 */
public final class QualityPassCounter {
    private final QualityAnalyzer analyzer;
    private final QualityFilter filter;
    private final DocumentMapper mapper = new DocumentMapper();

    public QualityPassCounter(QualityAnalyzer analyzer, QualityFilter filter) {
        this.analyzer = analyzer;
        this.filter = filter;
    }

    /**
     * Documents passing the filter out of those counted.
     *
     * @param passed documents the filter keeps
     * @param total  documents considered
     */
    public record Tally(long passed, long total) {
        /** passed / total, or 1 when there is nothing to rate. */
        public double rate() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        Tally plus(boolean pass) {
            return new Tally(passed + (pass ? 1 : 0), total + 1);
        }
    }

    /**
     * @param recent documents imported after the instant, by language
     * @param all    every {@code ok} document, by language
     */
    public record Counts(Map<String, Tally> recent, Map<String, Tally> all) {
        public Counts {
            recent = Map.copyOf(recent);
            all = Map.copyOf(all);
        }

        public static Tally total(Map<String, Tally> byLanguage) {
            long passed = 0;
            long total = 0;
            for (Tally t : byLanguage.values()) {
                passed += t.passed();
                total += t.total();
            }
            return new Tally(passed, total);
        }
    }

    /** @param importedAfter epoch milliseconds; documents imported strictly later count as recent */
    public Counts count(IndexReader reader, long importedAfter) throws IOException {
        Map<String, Tally> recent = new TreeMap<>();
        Map<String, Tally> all = new TreeMap<>();
        Signal[] signals = Signal.values();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues langs = DocValues.getSorted(leaf, Fields.LANG);
            SortedDocValues statuses = DocValues.getSorted(leaf, Fields.STATUS);
            SortedNumericDocValues imported = DocValues.getSortedNumeric(leaf, Fields.IMPORTED_AT);
            SortedNumericDocValues[] values = new SortedNumericDocValues[signals.length];
            for (Signal s : signals) {
                values[s.ordinal()] = DocValues.getSortedNumeric(leaf, Fields.qualityField(s.key()));
            }
            StoredFields stored = leaf.storedFields();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !statuses.advanceExact(doc)
                        || !Status.OK.value().equals(statuses.lookupOrd(statuses.ordValue()).utf8ToString())) {
                    continue;
                }
                String lang = langs.advanceExact(doc) ? langs.lookupOrd(langs.ordValue()).utf8ToString() : "und";
                QualitySignals measured = signals(doc, values, stored, signals);
                boolean pass = filter.failures(lang, measured).isEmpty();
                all.merge(lang, new Tally(0, 0).plus(pass), QualityPassCounter::sum);
                if (imported.advanceExact(doc) && imported.nextValue() > importedAfter) {
                    recent.merge(lang, new Tally(0, 0).plus(pass), QualityPassCounter::sum);
                }
            }
        }
        return new Counts(recent, all);
    }

    private QualitySignals signals(int doc, SortedNumericDocValues[] values, StoredFields stored, Signal[] signals)
            throws IOException {
        double[] v = new double[signals.length];
        for (Signal s : signals) {
            if (!values[s.ordinal()].advanceExact(doc)) {
                Document d = mapper.fromLucene(stored.document(doc)).document();
                return analyzer.measure(d.text(), d.language());
            }
            v[s.ordinal()] = NumericUtils.sortableLongToDouble(values[s.ordinal()].nextValue());
        }
        return new QualitySignals(QualityAnalyzer.VERSION, v);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.passed() + b.passed(), a.total() + b.total());
    }
}
