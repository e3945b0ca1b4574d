package org.seacorpus.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warnings about splits that came out empty: a split asked for (fraction above 0) that got no row at all
 * ({@code test=0.2} on 9 documents can give none), and, per split, the languages where it got none while the
 * language has rows. Splits are drawn per document by a hash of its id, so small exports leave some empty;
 * the manifest and the report say so instead of leaving a training run to find out.
 */
final class SplitWarnings {
    private static final int LANGUAGES_NAMED = 8;

    private SplitWarnings() {
    }

    static List<String> of(SplitSpec split, Map<String, Map<String, Manifest.SplitCounts>> counts, long rows) {
        List<String> out = new ArrayList<>();
        if (rows == 0 || split.fractions().size() < 2) {
            return out;
        }
        for (Map.Entry<String, Double> s : split.fractions().entrySet()) {
            if (s.getValue() <= 0) {
                continue;
            }
            String name = s.getKey();
            List<String> emptyIn = new ArrayList<>();
            long total = 0;
            for (Map.Entry<String, Map<String, Manifest.SplitCounts>> lang : counts.entrySet()) {
                Manifest.SplitCounts c = lang.getValue().get(name);
                total += c == null ? 0 : c.rows();
                if (c == null || c.rows() == 0) {
                    emptyIn.add(lang.getKey());
                }
            }
            String fraction = String.format(Locale.ROOT, "%s=%s", name, trim(s.getValue()));
            if (total == 0) {
                out.add("split '" + name + "' is empty: " + fraction + " of " + rows + (rows == 1 ? " row" : " rows")
                        + " drew none (splits are drawn per document by its id); export more documents, raise its "
                        + "fraction, or leave it out");
            } else if (!emptyIn.isEmpty()) {
                out.add("split '" + name + "' (" + fraction + ") is empty in " + emptyIn.size() + " of "
                        + counts.size() + " languages: " + String.join(", ", emptyIn.subList(0,
                        Math.min(LANGUAGES_NAMED, emptyIn.size())))
                        + (emptyIn.size() > LANGUAGES_NAMED ? " and " + (emptyIn.size() - LANGUAGES_NAMED) + " more"
                        : ""));
            }
        }
        return out;
    }

    private static String trim(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
