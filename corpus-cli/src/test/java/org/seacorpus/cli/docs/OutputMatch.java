package org.seacorpus.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares the output a page shows with the output a command printed. Both are masked first, so that what
 * changes from run to run or machine to machine does not count: document ids and cluster names (hashes),
 * durations, timestamps, absolute paths and the name of the user who curated. A line that holds only {@code …}
 * in the page stands for any number of lines (output shortened on purpose). Trailing spaces never count.
 */
final class OutputMatch {
    static final String ELLIPSIS = "…";

    private static final List<Mask> ID_MASKS = List.of(
            new Mask("(?<![0-9a-zA-Z])(exact|near)-[0-9a-f]{16}(?![0-9a-f])", "$1-<id>"),
            new Mask("(?<![0-9a-zA-Z])[0-9a-f]{32}(?![0-9a-zA-Z])", "<id>"),
            new Mask("(?<![0-9a-zA-Z])[0-9a-f]{12}(?![0-9a-zA-Z])", "<id>"));
    private static final List<Mask> MASKS = List.of(
            new Mask("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z", "<time>"),
            new Mask("\\d{8}T\\d{6}(\\.\\d+)?Z", "<time>"),
            new Mask("(?<=^|[\\s'\"(=\\[:,])/(?![\\s/])[^\\s'\",)\\]]*", "<path>"),
            new Mask("\\bcpu \\d+(\\.\\d+)?", "cpu <t>"),
            new Mask("(?<![\\w.])\\d+(\\.\\d+)? ?(s|ms)\\b", "<t> s"),
            new Mask("; by [^;]+$", "; by <user>"));

    private record Mask(Pattern pattern, String replacement) {
        Mask(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    private OutputMatch() {
    }

    /** A line as compared: masked, without trailing spaces. */
    static String mask(String line) {
        return mask(line, true);
    }

    /** @param ids mask ids too (the check does; --update does not, so that it refreshes ids that changed) */
    static String mask(String line, boolean ids) {
        String out = line.stripTrailing();
        for (Mask m : ids ? java.util.stream.Stream.concat(ID_MASKS.stream(), MASKS.stream()).toList() : MASKS) {
            out = m.pattern().matcher(out).replaceAll(m.replacement());
        }
        return out;
    }

    static boolean isEllipsis(String line) {
        return line.strip().equals(ELLIPSIS);
    }

    /** The lines without the blank ones at the end (a page leaves one before the next command, for the eye). */
    static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    /** True when the printed lines match the page's, {@code …} lines standing for any lines. */
    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, actual, true);
    }

    /** As {@link #matches(List, List)}; with {@code ids} false, document ids must be equal too. */
    static boolean matches(List<String> expected, List<String> actual, boolean ids) {
        List<String> e = trimmed(expected).stream().map(l -> mask(l, ids)).toList();
        List<String> a = trimmed(actual).stream().map(l -> mask(l, ids)).toList();
        // glob matching over lines: can[i][j] = e[i..] matches a[j..]
        boolean[][] can = new boolean[e.size() + 1][a.size() + 1];
        can[e.size()][a.size()] = true;
        for (int i = e.size() - 1; i >= 0; i--) {
            boolean any = isEllipsis(e.get(i));
            for (int j = a.size(); j >= 0; j--) {
                if (any) {
                    can[i][j] = can[i + 1][j] || (j < a.size() && can[i][j + 1]);
                } else {
                    can[i][j] = j < a.size() && e.get(i).equals(a.get(j)) && can[i + 1][j + 1];
                }
            }
        }
        return can[0][0];
    }

    /** The lines of the page and of the output side by side where they differ (masked), for the report. */
    static List<String> diff(List<String> expected, List<String> actual) {
        List<String> e = trimmed(expected).stream().map(OutputMatch::mask).toList();
        List<String> a = trimmed(actual).stream().map(OutputMatch::mask).toList();
        int[][] lcs = new int[e.size() + 1][a.size() + 1];
        for (int i = e.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                lcs[i][j] = e.get(i).equals(a.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < e.size() || j < a.size()) {
            if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
                out.add("    " + e.get(i));
                i++;
                j++;
            } else if (j < a.size() && (i == e.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("  + " + a.get(j++));
            } else {
                out.add("  - " + e.get(i++));
            }
        }
        return out;
    }

    /**
     * The page's new lines for {@code --update}: the output as printed, shortened where the page shortened it
     * (as many lines kept before its first {@code …} and after its last as the page kept).
     */
    static List<String> updated(List<String> page, List<String> actual) {
        List<String> expected = trimmed(page);
        List<String> blanks = page.subList(expected.size(), page.size()); // kept as the page had them
        List<String> out = new ArrayList<>(shortened(expected, trimmed(actual)));
        out.addAll(blanks);
        return out;
    }

    private static List<String> shortened(List<String> expected, List<String> actual) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < expected.size(); i++) {
            if (isEllipsis(expected.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<String> trimmed = actual.stream().map(String::stripTrailing).toList();
        if (first < 0) {
            return trimmed;
        }
        int head = first;
        int tail = expected.size() - last - 1;
        if (head + tail >= trimmed.size()) {
            return trimmed;
        }
        List<String> out = new ArrayList<>(trimmed.subList(0, head));
        out.add(expected.get(first).stripTrailing());
        out.addAll(trimmed.subList(trimmed.size() - tail, trimmed.size()));
        return out;
    }
}
