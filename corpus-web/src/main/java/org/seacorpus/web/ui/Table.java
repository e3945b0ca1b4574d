package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.seacorpus.web.chart.Numbers;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A table of figures that can be sorted by any column through its address ({@code order=freq},
 * {@code order=word:asc}): numbers largest first, words in the language's collation. Cells keep their raw
 * value for sorting and their text for showing.
 */
public final class Table {
    public enum Kind { TEXT, COUNT, DECIMAL }

    public record Column(String key, String label, Kind kind, String href, boolean sorted, boolean descending) {
        public boolean numeric() {
            return kind != Kind.TEXT;
        }

        public String headerClass() {
            return (numeric() ? "num" : "") + (sorted ? " sorted" : "");
        }

        public String arrow() {
            return sorted ? (descending ? " ↓" : " ↑") : "";
        }
    }

    /** A cell: its raw value (for sorting), its text, and where it links (or null). */
    public record Cell(Object value, String text, String href, boolean numeric) {
    }

    private final String title;
    private final List<String> keys = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    public Table(String title) {
        this.title = title;
    }

    public Table column(String key, String label, Kind kind) {
        keys.add(key);
        labels.add(label);
        kinds.add(kind);
        return this;
    }

    /** Adds a row; {@code link} gives the address of the first text cell (or null). */
    public Table row(String link, Object... values) {
        List<Cell> cells = new ArrayList<>();
        boolean linked = false;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Kind kind = kinds.get(i);
            String href = null;
            if (kind == Kind.TEXT && !linked) {
                href = link;
                linked = true;
            }
            cells.add(new Cell(v, text(v, kind), href, kind != Kind.TEXT));
        }
        rows.add(cells);
        return this;
    }

    private static String text(Object v, Kind kind) {
        if (v == null) {
            return "–";
        }
        return switch (kind) {
            case TEXT -> v.toString();
            case COUNT -> Numbers.count(((Number) v).longValue());
            case DECIMAL -> Numbers.decimal(((Number) v).doubleValue(), 2);
        };
    }

    /**
     * The table sorted as {@code order} says ({@code KEY} or {@code KEY:asc|desc}); unknown keys keep the order
     * given. Headers link to the same view sorted by their column ({@code url} builds the address).
     */
    public Sorted sorted(String order, String lang, Function<String, String> url) {
        String key = null;
        Boolean descending = null;
        if (order != null) {
            String[] parts = order.split(":", 2);
            key = parts[0];
            descending = parts.length == 2 ? !parts[1].equalsIgnoreCase("asc") : null;
        }
        int index = key == null ? -1 : keys.indexOf(key);
        boolean desc = index >= 0 && (descending != null ? descending : kinds.get(index) != Kind.TEXT);
        List<List<Cell>> ordered = new ArrayList<>(rows);
        if (index >= 0) {
            Comparator<List<Cell>> by = comparator(index, lang);
            ordered.sort(desc ? by.reversed() : by);
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            boolean current = i == index;
            boolean nextDesc = current ? !desc : kinds.get(i) != Kind.TEXT;
            columns.add(new Column(keys.get(i), labels.get(i), kinds.get(i),
                    url.apply(keys.get(i) + (nextDesc ? ":desc" : ":asc")), current, desc));
        }
        return new Sorted(title, columns, ordered);
    }

    private Comparator<List<Cell>> comparator(int index, String lang) {
        if (kinds.get(index) == Kind.TEXT) {
            Collator collator = Collator.getInstance(lang == null ? ULocale.ROOT : new ULocale(lang));
            return Comparator.comparing(row -> String.valueOf(row.get(index).value()), collator::compare);
        }
        return Comparator.comparingDouble(row -> row.get(index).value() == null ? Double.NEGATIVE_INFINITY
                : ((Number) row.get(index).value()).doubleValue());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A table ready to show. */
    public record Sorted(String title, List<Column> columns, List<List<Cell>> rows) {
        public String id() {
            return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }
}
