package org.seacorpus.quality;

import java.util.Map;

/**
 * What {@code corpus stats quality} shows: per language, the distribution of every signal and how many
 * documents each rule of the quality filter would remove, so thresholds are chosen by looking.
 *
 * @param languages by language code, in code order
 */
public record QualityReport(Map<String, Language> languages) {

    /**
     * One language.
     *
     * @param source      where its thresholds come from
     * @param documents   documents counted (status ok)
     * @param measuredNow documents stored without signals, measured for this report
     * @param signals     distribution of each signal, by snake_case name
     * @param rules       each rule's threshold and what it would remove, by rule key
     * @param removed     documents at least one rule would remove
     */
    public record Language(String source, long documents, long measuredNow, Map<String, Distribution> signals,
                           Map<String, RuleCount> rules, long removed) {
    }

    /**
     * Quantiles of one signal. Exact up to {@code sample} documents per language; above that they come from a
     * uniform sample of that size (a seeded reservoir), while min, max and mean stay exact.
     */
    public record Distribution(double min, double p05, double p25, double p50, double p75, double p95, double max,
                               double mean, long sample, Histogram histogram) {
    }

    /**
     * The shape of a signal's values in the same sample: {@code counts.size()} bins of equal {@code width} from
     * {@code from} up to the sample's 99th percentile (so one outlier does not squeeze every other value into
     * the first bin), and how many values lie above that.
     *
     * @param from   the lower edge of the first bin (the sample's minimum)
     * @param width  the width of each bin (0 when every value is the same)
     * @param counts values in each bin, the last bin closed on the right
     * @param above  values above the last bin
     */
    public record Histogram(double from, double width, java.util.List<Long> counts, long above) {
        public Histogram {
            counts = java.util.List.copyOf(counts);
        }

        /** The upper edge of the last bin. */
        public double to() {
            return from + width * counts.size();
        }
    }

    /**
     * @param threshold the limit that applies
     * @param removes   documents failing this rule
     * @param onlyThis  documents failing this rule and no other (what relaxing it alone would bring back)
     */
    public record RuleCount(double threshold, long removes, long onlyThis) {
    }
}
