package org.seacorpus.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
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

    private final OkDocumentSignals documents;
    private final QualityFilter filter;

    /** @param analyzer measures documents stored without signals (with the corpus's segmenters) */
    public QualityStatsCollector(QualityAnalyzer analyzer, QualityFilter filter) {
        this.documents = new OkDocumentSignals(analyzer);
        this.filter = filter;
    }

    /** @param langs languages to report, empty for all */
    public QualityReport collect(IndexReader reader, List<String> langs) throws IOException {
        Map<String, LanguageTally> tallies = new TreeMap<>();
        documents.walk(reader, lang -> langs.isEmpty() || langs.contains(lang),
                (lang, importedAt, signals, measuredNow) -> {
                    LanguageTally tally = tallies.computeIfAbsent(lang, LanguageTally::new);
                    if (measuredNow) {
                        tally.measuredNow++;
                    }
                    tally.add(signals, filter.failures(lang, signals));
                });
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
