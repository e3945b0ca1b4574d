package org.seacorpus.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out concordance lines for a terminal: the left context right-aligned, every hit starting in the same
 * column, the right context after a hit column as wide as the widest hit. Widths are display widths
 * ({@link DisplayWidth}), so Thai, Lao, Khmer and Burmese marks take no column and CJK takes two; contexts too
 * long for their column are cut between clusters and marked with ….
 */
public final class KwicTable {
    /** A rendered line and the char offset in it where the hit starts (for tests and highlighting). */
    public record Row(String text, int hitOffset) {
    }

    private static final String GAP = "  ";
    private static final int MAX_HIT = 30;

    private KwicTable() {
    }

    /**
     * @param sideColumns most columns for each context (the left column is as wide as the widest left context,
     *                    up to this)
     * @param withDocument start each row with the document's short id and language
     */
    public static List<Row> render(List<KwicLine> lines, int sideColumns, boolean withDocument) {
        int leftWidth = 0;
        int hitWidth = 0;
        for (KwicLine line : lines) {
            leftWidth = Math.max(leftWidth, DisplayWidth.of(line.left().strip()));
            hitWidth = Math.max(hitWidth, DisplayWidth.of(line.hit()));
        }
        leftWidth = Math.min(leftWidth, sideColumns);
        hitWidth = Math.min(hitWidth, MAX_HIT);
        List<Row> rows = new ArrayList<>(lines.size());
        for (KwicLine line : lines) {
            StringBuilder row = new StringBuilder();
            if (withDocument) {
                row.append(DisplayWidth.fit(shortId(line.id()), 13)).append(DisplayWidth.fit(line.lang(), 4));
            }
            row.append(DisplayWidth.fitLeft(line.left().strip(), leftWidth)).append(GAP);
            int hitOffset = row.length();
            row.append(DisplayWidth.fit(line.hit(), hitWidth)).append(GAP);
            row.append(DisplayWidth.truncate(line.right().strip(), sideColumns));
            rows.add(new Row(row.toString().stripTrailing(), hitOffset));
        }
        return rows;
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
