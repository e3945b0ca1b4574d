package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityFilter;

/**
 * Counts, per language, the documents with status {@code ok} that pass the quality filter ({@code export
 * --quality}'s decision), over the whole corpus and over those imported (added or updated) after a given
 * instant. Signals come from the doc values; a document stored without them is measured from its stored text,
 * as {@link QualityStatsCollector} does ({@link OkDocumentSignals}). One pass over the live documents; memory is one counter per language.
 */
public final class QualityPassCounter {
    private final OkDocumentSignals documents;
    private final QualityFilter filter;

    public QualityPassCounter(QualityAnalyzer analyzer, QualityFilter filter) {
        this.documents = new OkDocumentSignals(analyzer);
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
        documents.walk(reader, lang -> true, (lang, importedAt, signals, measuredNow) -> {
            boolean pass = filter.failures(lang, signals).isEmpty();
            all.merge(lang, new Tally(0, 0).plus(pass), QualityPassCounter::sum);
            if (importedAt > importedAfter) {
                recent.merge(lang, new Tally(0, 0).plus(pass), QualityPassCounter::sum);
            }
        });
        return new Counts(recent, all);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.passed() + b.passed(), a.total() + b.total());
    }
}
