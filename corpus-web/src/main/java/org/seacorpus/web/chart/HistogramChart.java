package org.seacorpus.web.chart;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.quality.QualityReport;

/**
 * A histogram of one quality signal in one language, with the filter's thresholds drawn over it: documents
 * left of a minimum or right of a maximum are the ones that rule removes. Geometry for an SVG; the template
 * draws it.
 *
 * @param title    the signal's name
 * @param bins     one column per bin
 * @param markers  one line per threshold (placed at the edge, with an arrow, when it lies outside the range)
 * @param from     the lower edge, as text
 * @param to       the upper edge, as text
 * @param above    documents above the range (beyond the 99th percentile), or 0
 */
public record HistogramChart(String title, String description, List<Bin> bins, List<Marker> markers, String from,
                             String to, long above, int width, int height) {
    static final int PLOT_TOP = 6;
    static final int PLOT_HEIGHT = 60;
    static final int LEFT = 4;

    public record Bin(double x, double y, double w, double h, String tooltip) {
    }

    /**
     * @param x       where the line is drawn
     * @param label   rule key and threshold
     * @param minimum true for a minimum (documents below are removed)
     * @param outside true when the threshold lies outside the drawn range
     */
    public record Marker(double x, String label, boolean minimum, boolean outside, String tooltip) {
    }

    /** A threshold of a rule on this signal. */
    public record Threshold(String rule, double value, boolean minimum, long removes) {
    }

    public static HistogramChart of(String title, String description, QualityReport.Histogram histogram,
                                    List<Threshold> thresholds, int width) {
        int plotWidth = width - 2 * LEFT;
        double[] axis = axis(histogram, thresholds);
        double lo = axis[0];
        double span = axis[1] - axis[0];
        List<Long> counts = histogram.counts();
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            double h = max == 0 ? 0 : PLOT_HEIGHT * (double) counts.get(i) / max;
            double from = histogram.from() + i * histogram.width();
            double x = LEFT + plotWidth * (from - lo) / span;
            double w = histogram.width() == 0 ? 3 : plotWidth * histogram.width() / span;
            if (counts.get(i) == 0 && histogram.width() == 0) {
                continue;
            }
            bins.add(new Bin(Numbers.px(x + 0.5), Numbers.px(PLOT_TOP + PLOT_HEIGHT - h),
                    Numbers.px(Math.max(1, w - 1)), Numbers.px(h),
                    (histogram.width() == 0 ? Numbers.measure(from) : Numbers.measure(from) + " – "
                            + Numbers.measure(from + histogram.width())) + ": " + Numbers.count(counts.get(i))
                            + " documents"));
        }
        List<Marker> markers = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (!limited(t.value())) {
                continue; // no limit set
            }
            double at = (t.value() - lo) / span;
            boolean outside = at < 0 || at > 1;
            double x = LEFT + plotWidth * Math.max(0, Math.min(1, at)) + (at <= 0 ? 1 : at >= 1 ? -1 : 0);
            String label = t.rule() + (t.minimum() ? " ≥ " : " ≤ ") + Numbers.measure(t.value());
            markers.add(new Marker(Numbers.px(x), label, t.minimum(), outside, label + ": removes "
                    + Numbers.count(t.removes()) + " documents"));
        }
        return new HistogramChart(title, description, bins, markers, Numbers.edge(lo, span),
                Numbers.edge(axis[1], span), histogram.above(), width, PLOT_TOP + PLOT_HEIGHT + 16);
    }

    /**
     * The drawn range: the values' range, widened to take in the thresholds that lie near it (a threshold far
     * outside, such as a maximum of 100,000 words, would squeeze the values into one column; it is drawn at the
     * edge with an arrow instead). Never empty.
     */
    static double[] axis(QualityReport.Histogram histogram, List<Threshold> thresholds) {
        double lo = histogram.from();
        double hi = histogram.to();
        double span = hi - lo;
        for (Threshold t : thresholds) {
            if (!limited(t.value())) {
                continue;
            }
            double reach = span == 0 ? Math.max(1, Math.abs(lo)) * 10 : span;
            if (t.value() < lo && lo - t.value() <= reach) {
                lo = t.value();
            } else if (t.value() > hi && t.value() - hi <= reach) {
                hi = t.value();
            }
        }
        if (hi - lo <= 0) {
            hi = lo + Math.max(1, Math.abs(lo));
        }
        return new double[] {lo, hi};
    }

    private static boolean limited(double value) {
        return !Double.isInfinite(value) && !Double.isNaN(value) && Math.abs(value) < 1e15;
    }

    /** Where a marker's label sits: after the line in the left half, before it in the right half. */
    public boolean labelAfter(Marker m) {
        return m.x() < width / 2.0;
    }

    /** Minimum and maximum labels on two rows, so a pair close together stays readable. */
    public int labelRow(Marker m) {
        return m.minimum() ? 10 : 21;
    }

    public int baseline() {
        return PLOT_TOP + PLOT_HEIGHT;
    }

    public int labelY() {
        return PLOT_TOP + PLOT_HEIGHT + 12;
    }
}
