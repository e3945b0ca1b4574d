package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.search.DisplayWidth;

import com.ibm.icu.text.BreakIterator;

/**
 * Two texts in two columns of a terminal, wrapped at line-break opportunities (UAX #14 with ICU's dictionaries,
 * so Thai, Lao, Khmer and Burmese wrap between words, not inside them) and measured in display columns.
 */
final class SideBySide {
    private SideBySide() {
    }

    /** Lines of at most {@code width} columns. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            BreakIterator breaks = BreakIterator.getLineInstance();
            breaks.setText(paragraph);
            StringBuilder line = new StringBuilder();
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String piece = paragraph.substring(start, end);
                if (DisplayWidth.of(line) + DisplayWidth.of(piece.stripTrailing()) > width && !line.isEmpty()) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                while (DisplayWidth.of(piece.stripTrailing()) > width) { // one unbreakable run wider than a column
                    String head = DisplayWidth.fit(piece, width);
                    int cut = head.endsWith("…") ? head.length() - 1 : head.length();
                    out.add(piece.substring(0, cut));
                    piece = piece.substring(cut);
                }
                line.append(piece);
            }
            if (!line.isEmpty()) {
                out.add(line.toString().stripTrailing());
            }
        }
        return out;
    }

    /** The two texts side by side, at most {@code maxLines} rows, with a gutter between the columns. */
    static List<String> render(String left, String right, int width, int maxLines) {
        List<String> a = wrap(left, width);
        List<String> b = wrap(right, width);
        List<String> out = new ArrayList<>();
        int rows = Math.min(maxLines, Math.max(a.size(), b.size()));
        for (int i = 0; i < rows; i++) {
            String l = i < a.size() ? a.get(i) : "";
            String r = i < b.size() ? b.get(i) : "";
            out.add(DisplayWidth.fit(l, width) + " │ " + r);
        }
        if (Math.max(a.size(), b.size()) > rows) {
            out.add(DisplayWidth.fit("…", width) + " │ …");
        }
        return out;
    }
}
