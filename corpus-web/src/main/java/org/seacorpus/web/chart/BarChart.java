package org.seacorpus.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out for an SVG of a fixed width: one bar per row, the label on the left, the
 * value at the end of the bar. Geometry only; the template draws it (and escapes every label).
 *
 * @param title  what the chart shows (also the SVG's accessible name)
 * @param bars   the bars, top to bottom
 * @param width  width of the drawing
 * @param height height of the drawing
 * @param labelWidth space kept for the labels on the left
 */
public record BarChart(String title, List<Bar> bars, int width, int height, int labelWidth) {
    static final int ROW = 20;
    static final int BAR = 14;

    /**
     * @param label   the row's label
     * @param value   shown at the end of the bar
     * @param y       top of the row
     * @param length  length of the bar
     * @param tooltip the exact figure, for the bar's title
     */
    public record Bar(String label, String value, int y, double length, String tooltip) {
        public int textY() {
            return y + BAR - 3;
        }

        public int barHeight() {
            return BAR;
        }
    }

    /** One row of data. */
    public record Datum(String label, double value, String shown) {
    }

    public static BarChart of(String title, List<Datum> data, int width) {
        int labelWidth = Math.min(240, Math.max(80, data.stream().mapToInt(d -> shorten(d.label()).length())
                .max().orElse(4) * 9 + 16));
        double max = data.stream().mapToDouble(Datum::value).max().orElse(0);
        int room = width - labelWidth - 70;
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Datum d : data) {
            double length = max <= 0 || d.value() <= 0 ? 0 : Math.max(1, room * d.value() / max);
            bars.add(new Bar(shorten(d.label()), d.shown(), y, Numbers.px(length), d.label() + ": " + d.shown()));
            y += ROW;
        }
        return new BarChart(title, bars, width, y + 4, labelWidth);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Where the value after a bar starts. */
    public double valueX(Bar bar) {
        return labelWidth + bar.length() + 4;
    }

    /** At most 28 characters: a path keeps its end (the file name), anything else its start. */
    static String shorten(String label) {
        int length = label.codePointCount(0, label.length());
        if (length <= 28) {
            return label;
        }
        return label.indexOf('/') >= 0 ? "…" + label.substring(label.offsetByCodePoints(0, length - 27))
                : label.substring(0, label.offsetByCodePoints(0, 27)) + "…";
    }
}
