package org.seacorpus.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for a spreadsheet: a name, a header row and rows of cells. A cell is a {@link Number} (written as a
 * number, so a linguist can sort and sum it) or text (written as it is), or null for an empty cell.
 *
 * @param name   the sheet's name (Excel allows 31 characters; longer names are cut when written)
 * @param header the column names
 * @param rows   the rows, each as wide as the header at most
 */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    public Sheet {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() > header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size()
                        + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }
}
