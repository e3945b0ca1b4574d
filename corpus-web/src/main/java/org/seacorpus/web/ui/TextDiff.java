package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * What normalisation changed, line by line, for the document page: each changed line before and after, with
 * the changed middle marked. Lines are compared by position (normalisation rewrites characters, it does not
 * add or drop lines); the common start and end are cut at grapheme boundaries so a mark is never shown apart
 * from its base letter.
 */
public final class TextDiff {
    /** One changed line: before and after, each as [same start, changed middle, same end]. */
    public record Line(int number, List<String> before, List<String> after) {
    }

    static final int MAX_LINES = 200;

    private TextDiff() {
    }

    /** The changed lines, at most {@value #MAX_LINES}; empty when there is no original. */
    public static List<Line> lines(String original, String text) {
        List<Line> out = new ArrayList<>();
        if (original == null) {
            return out;
        }
        // blank lines are compared apart: whitespace rules drop and merge them, which is not worth a line each
        List<String> a = nonBlank(original);
        List<String> b = nonBlank(text);
        if (a.size() != b.size()) {
            out.add(new Line(1, List.of("", shorten(original), ""), List.of("", shorten(text), "")));
            return out;
        }
        for (int i = 0; i < a.size() && out.size() < MAX_LINES; i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(line(i + 1, a.get(i), b.get(i)));
            }
        }
        return out;
    }

    private static List<String> nonBlank(String s) {
        List<String> out = new ArrayList<>();
        for (String line : s.split("\r?\n|\r", -1)) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    static Line line(int number, String a, String b) {
        int prefix = graphemeFloor(a, commonPrefix(a, b));
        prefix = Math.min(prefix, graphemeFloor(b, prefix));
        int suffix = commonSuffix(a.substring(prefix), b.substring(prefix));
        int endA = graphemeCeil(a, a.length() - suffix);
        int endB = graphemeCeil(b, b.length() - suffix);
        int keep = Math.min(a.length() - endA, b.length() - endB);
        endA = a.length() - keep;
        endB = b.length() - keep;
        return new Line(number, List.of(a.substring(0, prefix), a.substring(prefix, endA), a.substring(endA)),
                List.of(b.substring(0, prefix), b.substring(prefix, endB), b.substring(endB)));
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    /** The last grapheme boundary at or before {@code at}. */
    static int graphemeFloor(String s, int at) {
        if (at <= 0 || at >= s.length()) {
            return Math.max(0, Math.min(at, s.length()));
        }
        BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
        it.setText(s);
        return it.isBoundary(at) ? at : it.preceding(at);
    }

    /** The first grapheme boundary at or after {@code at}. */
    static int graphemeCeil(String s, int at) {
        if (at <= 0 || at >= s.length()) {
            return Math.max(0, Math.min(at, s.length()));
        }
        BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
        it.setText(s);
        return it.isBoundary(at) ? at : it.following(at);
    }

    private static String shorten(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "…";
    }
}
