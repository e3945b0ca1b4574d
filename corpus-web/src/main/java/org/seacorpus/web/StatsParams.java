package org.seacorpus.web;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.KeynessCalculator;

import io.javalin.http.Context;

/**
 * The parameters of the word-statistics views, named as the CLI's options ({@code corpus stats freq|ngrams|
 * collocations|keyness|dispersion}): the subcorpus ({@code q}, {@code lang}, {@code filter},
 * {@code include_rejected}, {@code include_duplicates}) and each view's own. Defaults are the CLI's.
 *
 * @param view        freq, ngrams, collocations, keyness or dispersion
 * @param words       the node word (collocations) or the words to measure (dispersion), space-separated
 * @param n           n-gram sizes, e.g. {@code 2} or {@code 2..3}
 * @param measure     association measure (collocations) or keyness measure
 */
public record StatsParams(String view, Selection selection, String words, String n, int window, int min, int top,
                          String measure, String focus, String reference, double smoothing, String by,
                          String order) {
    public static final List<String> VIEWS = List.of("freq", "ngrams", "collocations", "keyness", "dispersion");

    public static StatsParams from(Context ctx, String view, Corpus corpus) {
        if (!VIEWS.contains(view)) {
            throw new WebException(404, "no statistics view '" + view + "'; there are " + String.join(", ", VIEWS));
        }
        String lang = Params.text(ctx, "lang");
        if (lang != null && corpus.profiles().find(lang).isEmpty()) {
            throw new WebException(400, "unknown language '" + lang + "'; known: " + String.join(", ",
                    corpus.profiles().all().stream().map(p -> p.code()).sorted().toList()));
        }
        Selection selection = new Selection(Params.text(ctx, "q"), lang, Params.all(ctx, "filter"),
                Params.flag(ctx, "include_rejected"), Params.flag(ctx, "include_duplicates"));
        int defaultMin = switch (view) {
            case "freq" -> 1;
            default -> 2;
        };
        int defaultTop = switch (view) {
            case "freq" -> 50;
            case "collocations" -> 30;
            default -> 20;
        };
        String defaultMeasure = switch (view) {
            case "collocations" -> "logdice";
            case "keyness" -> "simple";
            default -> null;
        };
        String measure = Params.text(ctx, "measure");
        StatsParams p = new StatsParams(view, selection, Params.text(ctx, "word"),
                orDefault(Params.text(ctx, "n"), "2"), Params.integer(ctx, "window", 5, 1, 50),
                Params.integer(ctx, "min", defaultMin, 1, Integer.MAX_VALUE),
                Params.integer(ctx, "top", defaultTop, 1, 5000), measure == null ? defaultMeasure : measure,
                Params.text(ctx, "focus"), Params.text(ctx, "reference"), Params.decimal(ctx, "smoothing", 1),
                orDefault(Params.text(ctx, "by"), "document"), Params.text(ctx, "order"));
        p.check();
        return p;
    }

    private void check() {
        if (measure != null && view.equals("collocations")) {
            AssociationMeasure.parse(measure);
        }
        if (measure != null && view.equals("keyness")) {
            KeynessCalculator.Measure.parse(measure);
        }
        ngramRange();
    }

    /** True when the view has what it needs to run (a word for collocations, a focus for keyness…). */
    public boolean ready() {
        return switch (view) {
            case "collocations", "dispersion" -> words != null;
            case "keyness" -> focus != null;
            default -> true;
        };
    }

    public List<String> wordList() {
        List<String> out = new ArrayList<>();
        if (words != null) {
            for (String w : words.split("\\s+")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    public int[] ngramRange() {
        try {
            int dots = n.indexOf("..");
            int[] range = dots < 0 ? new int[] {Integer.parseInt(n.strip()), Integer.parseInt(n.strip())}
                    : new int[] {Integer.parseInt(n.substring(0, dots).strip()),
                        Integer.parseInt(n.substring(dots + 2).strip())};
            if (range[0] < 1 || range[1] < range[0] || range[1] > 10) {
                throw new WebException(400, "n must be a size from 1 to 10 or a range such as 2..4, not '" + n + "'");
            }
            return range;
        } catch (NumberFormatException e) {
            throw new WebException(400, "n takes a number or a range such as 2..4, not '" + n + "'");
        }
    }

    public AssociationMeasure association() {
        return AssociationMeasure.parse(measure == null ? "logdice" : measure);
    }

    public KeynessCalculator.Measure keynessMeasure() {
        return KeynessCalculator.Measure.parse(measure == null ? "simple" : measure);
    }

    /** This view's address: every parameter that differs from the defaults. */
    public Urls url(String path) {
        Urls u = Urls.to(path).with("q", selection.query()).with("lang", selection.lang())
                .withAll("filter", selection.filters())
                .withIf("include_rejected", selection.includeRejected() ? "1" : null, null)
                .withIf("include_duplicates", selection.includeDuplicates() ? "1" : null, null);
        switch (view) {
            case "ngrams" -> u.with("n", n);
            case "collocations" -> u.with("word", words).withIf("window", window, 5).with("measure", measure);
            case "keyness" -> u.with("focus", focus).with("reference", reference).with("measure", measure)
                    .withIf("smoothing", smoothing, 1.0);
            case "dispersion" -> u.with("word", words).withIf("by", by, "document");
            default -> { }
        }
        return u.withIf("min", min, view.equals("freq") ? 1 : 2).with("top", top).with("order", order);
    }

    public StatsParams withOrder(String newOrder) {
        return new StatsParams(view, selection, words, n, window, min, top, measure, focus, reference, smoothing, by,
                newOrder);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
