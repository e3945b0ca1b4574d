package org.seacorpus.web.chart;

import java.util.Locale;

/** Numbers as people read them in tables and charts: grouped thousands, a few decimals, always Locale.ROOT. */
public final class Numbers {
    private Numbers() {
    }

    /** A drawing coordinate to a tenth of a pixel (keeps SVG small; nobody sees the rest). */
    public static double px(double d) {
        return Math.round(d * 10) / 10.0;
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String decimal(double d, int places) {
        if (Double.isNaN(d)) {
            return "–";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "∞" : "−∞";
        }
        return String.format(Locale.ROOT, "%,." + places + "f", d);
    }

    /** An end of an axis spanning {@code span}: with enough decimals to tell the two ends apart. */
    public static String edge(double d, double span) {
        if (span <= 0 || span >= 10 || Double.isNaN(span)) {
            return measure(d);
        }
        int places = Math.min(6, Math.max(1, (int) Math.ceil(-Math.log10(span)) + 1));
        return decimal(d, places);
    }

    /** A measurement: whole numbers without decimals, small shares with three. */
    public static String measure(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return decimal(d, 0);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return count((long) d);
        }
        return Math.abs(d) >= 100 ? decimal(d, 0) : Math.abs(d) >= 10 ? decimal(d, 1) : decimal(d, 3);
    }
}
