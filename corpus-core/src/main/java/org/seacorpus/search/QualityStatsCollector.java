package org.seacorpus.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.seacorpus.quality.QualityReport;
import org.seacorpus.quality.QualityRule;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * Computes {@link QualityReport} in one pass over the live documents with status {@code ok}: signals are read
 * from their doc values; a document stored without them (imported before the quality stage) is measured from
 * its stored text. Memory is bounded by the sample size per language and signal, not by the corpus.
 */
public final class QualityStatsCollector {
    static final int SAMPLE = 10_000;

    private final QualityAnalyzer analyzer;
    private final QualityFilter filter;
    private final DocumentMapper mapper = new DocumentMapper();

    /** @param analyzer measures documents stored without signals (with the corpus's segmenters) */
    public QualityStatsCollector(QualityAnalyzer analyzer, QualityFilter filter) {
        this.analyzer = analyzer;
        this.filter = filter;
    }

    /** @param langs languages to report, empty for all */
    public QualityReport collect(IndexReader reader, List<String> langs) throws IOException {
        Map<String, LanguageTally> tallies = new TreeMap<>();
        Signal[] signals = Signal.values();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues langValues = DocValues.getSorted(leaf, Fields.LANG);
            SortedDocValues statuses = DocValues.getSorted(leaf, Fields.STATUS);
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
                String lang = langValues.advanceExact(doc) ? langValues.lookupOrd(langValues.ordValue()).utf8ToString()
                        : "und";
                if (!langs.isEmpty() && !langs.contains(lang)) {
                    continue;
                }
                LanguageTally tally = tallies.computeIfAbsent(lang, LanguageTally::new);
                double[] v = new double[signals.length];
                boolean present = true;
                for (Signal s : signals) {
                    if (values[s.ordinal()].advanceExact(doc)) {
                        v[s.ordinal()] = NumericUtils.sortableLongToDouble(values[s.ordinal()].nextValue());
                    } else {
                        present = false;
                        break;
                    }
                }
                QualitySignals qs;
                if (present) {
                    qs = new QualitySignals(QualityAnalyzer.VERSION, v);
                } else {
                    Document d = mapper.fromLucene(stored.document(doc)).document();
                    qs = analyzer.measure(d.text(), d.language());
                    tally.measuredNow++;
                }
                tally.add(qs, filter.failures(lang, qs));
            }
        }
        Map<String, QualityReport.Language> out = new LinkedHashMap<>();
        tallies.forEach((lang, t) -> out.put(lang, t.report()));
        return new QualityReport(out);
    }

    /** Running counts and samples of one language. */
    private final class LanguageTally {
        private final String lang;
        private long documents;
        private long measuredNow;
        private long removed;
        private final Map<Signal, SignalSample> samples = new EnumMap<>(Signal.class);
        private final long[] removes = new long[QualityRule.values().length];
        private final long[] only = new long[QualityRule.values().length];

        LanguageTally(String lang) {
            this.lang = lang;
            for (Signal s : Signal.values()) {
                samples.put(s, new SignalSample(SAMPLE, 31L * lang.hashCode() + s.ordinal()));
            }
        }

        void add(QualitySignals signals, List<QualityRule> failures) {
            documents++;
            for (Signal s : Signal.values()) {
                samples.get(s).add(signals.get(s));
            }
            for (QualityRule rule : failures) {
                removes[rule.ordinal()]++;
            }
            if (failures.size() == 1) {
                only[failures.get(0).ordinal()]++;
            }
            if (!failures.isEmpty()) {
                removed++;
            }
        }

        QualityReport.Language report() {
            Map<String, QualityReport.Distribution> dist = new LinkedHashMap<>();
            samples.forEach((s, sample) -> dist.put(s.key(), sample.distribution()));
            Map<String, QualityReport.RuleCount> rules = new LinkedHashMap<>();
            for (QualityRule rule : QualityRule.values()) {
                rules.put(rule.key(), new QualityReport.RuleCount(rule.threshold(filter.thresholds(lang)),
                        removes[rule.ordinal()], only[rule.ordinal()]));
            }
            return new QualityReport.Language(filter.source(lang), documents, measuredNow, dist, rules, removed);
        }
    }
}
