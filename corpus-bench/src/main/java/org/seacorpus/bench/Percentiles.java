package org.seacorpus.bench;

import java.util.Arrays;

/**
 * Latency summaries of a set of measured times: nearest-rank percentiles (the smallest value with at least p% of
 * the values at or below it; Hyndman and Fan's definition 1), so every figure is one that was really measured.
 */
final class Percentiles {
    private final double[] sorted;

    Percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measured values to summarise");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100). */
    double at(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    int count() {
        return sorted.length;
    }
}
