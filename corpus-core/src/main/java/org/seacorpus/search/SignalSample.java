package org.seacorpus.search;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.seacorpus.quality.QualityReport;

/**
 * Exact min, max and mean of a stream of values, and a uniform sample of at most {@code capacity} of them for
 * quantiles (reservoir sampling, Vitter's algorithm R, with a fixed seed so a report is repeatable). Quantiles
 * are exact while the stream fits. Not thread-safe.
 */
final class SignalSample {
    private final double[] reservoir;
    private final SplittableRandom random;
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    SignalSample(int capacity, long seed) {
        this.reservoir = new double[capacity];
        this.random = new SplittableRandom(seed);
    }

    void add(double value) {
        if (count < reservoir.length) {
            reservoir[(int) count] = value;
        } else {
            long j = random.nextLong(count + 1);
            if (j < reservoir.length) {
                reservoir[(int) j] = value;
            }
        }
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    QualityReport.Distribution distribution() {
        if (count == 0) {
            return new QualityReport.Distribution(0, 0, 0, 0, 0, 0, 0, 0, 0,
                    new QualityReport.Histogram(0, 0, java.util.List.of(), 0));
        }
        int n = (int) Math.min(count, reservoir.length);
        double[] sorted = Arrays.copyOf(reservoir, n);
        Arrays.sort(sorted);
        return new QualityReport.Distribution(min, quantile(sorted, 0.05), quantile(sorted, 0.25),
                quantile(sorted, 0.5), quantile(sorted, 0.75), quantile(sorted, 0.95), max, sum / count, n,
                histogram(sorted, HISTOGRAM_BINS));
    }

    static final int HISTOGRAM_BINS = 20;

    /** Equal-width bins from the smallest value to the 99th percentile of a sorted sample; the rest is above. */
    static QualityReport.Histogram histogram(double[] sorted, int bins) {
        double from = sorted[0];
        double to = quantile(sorted, 0.99);
        double width = (to - from) / bins;
        long[] counts = new long[bins];
        long above = 0;
        for (double v : sorted) {
            if (v > to) {
                above++;
            } else {
                counts[width == 0 ? 0 : Math.min(bins - 1, (int) ((v - from) / width))]++;
            }
        }
        return new QualityReport.Histogram(from, width, Arrays.stream(counts).boxed().toList(), above);
    }

    /** Linear interpolation between the closest ranks (type 7 of Hyndman and Fan 1996, as R and NumPy). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
