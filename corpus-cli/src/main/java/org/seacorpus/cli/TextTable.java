package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.search.DisplayWidth;

/**
 * A plain-text table for the terminal: columns as wide as their widest cell by display width (so Thai, Khmer and
 * Burmese words line up), numbers right-aligned, text left-aligned, the last text column never padded.
 */
final class TextTable {
    private final String[] headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    /** Headers; a header starting with '>' marks a right-aligned (numeric) column, the '>' is not shown. */
    TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.numeric = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            numeric[i] = headers[i].startsWith(">");
            this.headers[i] = numeric[i] ? headers[i].substring(1) : headers[i];
        }
    }

    TextTable row(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    void print(Output output) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = DisplayWidth.of(headers[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        output.println(line(headers, widths));
        for (String[] row : rows) {
            output.println(line(row, widths));
        }
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append("  ");
            }
            out.append(numeric[i] ? DisplayWidth.fitLeft(cells[i], widths[i]) : DisplayWidth.fit(cells[i], widths[i]));
        }
        return out.toString().stripTrailing();
    }

    /**
     * The line under a table that shows fewer rows than there are: "… and 12 more (--top N)". Nothing when every
     * row was shown.
     *
     * @param how what gives the rest, e.g. "--top N, or --json"
     */
    static void more(Output output, long total, long shown, String how) {
        if (total > shown) {
            output.println("… and " + (total - shown) + " more (" + how + ")");
        }
    }

    /** "1 document", "2 documents". */
    static String count(long n, String noun) {
        return org.seacorpus.util.Plural.of(n, noun);
    }

    /** "1 entry", "2 entries": nouns whose plural is not the singular with an s. */
    static String count(long n, String one, String many) {
        return org.seacorpus.util.Plural.of(n, one, many);
    }

    /** A ratio that may be tiny: three decimals, or three significant digits below 0.01 (2.16e-05). */
    static String ratio(double value) {
        return value == 0 || Math.abs(value) >= 0.01 ? decimal(value, 3)
                : String.format(java.util.Locale.ROOT, "%.2e", value);
    }

    static String decimal(double value, int places) {
        return String.format(java.util.Locale.ROOT, "%." + places + "f", value);
    }
}
