package org.seacorpus.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical columns in time order, each stacked from parts (e.g. an import run's added, updated and failed
 * documents), with a date under the first and last. Geometry for an SVG; the template draws it.
 */
public record ColumnChart(String title, List<String> legend, List<Column> columns, String first, String last,
                          int width, int height) {
    static final int TOP = 6;
    static final int PLOT = 90;

    public record Segment(double y, double h, int part) {
    }

    public record Column(double x, double w, List<Segment> segments, String tooltip) {
    }

    /** One column of data: its label (a time) and the size of each part. */
    public record Datum(String label, List<Long> parts) {
    }

    public static ColumnChart of(String title, List<String> legend, List<Datum> data, int width) {
        long max = data.stream().mapToLong(d -> d.parts().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
        double w = data.isEmpty() ? 0 : Math.min(40, (double) (width - 8) / data.size());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            List<Segment> segments = new ArrayList<>();
            double base = TOP + PLOT;
            StringBuilder tip = new StringBuilder(d.label());
            for (int p = 0; p < d.parts().size(); p++) {
                long v = d.parts().get(p);
                double h = max == 0 ? 0 : PLOT * (double) v / max;
                base -= h;
                segments.add(new Segment(Numbers.px(base), Numbers.px(h), p));
                tip.append(p == 0 ? ": " : ", ").append(Numbers.count(v)).append(' ').append(legend.get(p));
            }
            columns.add(new Column(Numbers.px(4 + i * w + 1), Numbers.px(Math.max(1, w - 2)), segments,
                    tip.toString()));
        }
        return new ColumnChart(title, legend, columns, data.isEmpty() ? "" : data.get(0).label(),
                data.isEmpty() ? "" : data.get(data.size() - 1).label(), width, TOP + PLOT + 16);
    }

    public int baseline() {
        return TOP + PLOT;
    }

    public int labelY() {
        return TOP + PLOT + 12;
    }
}
