package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.corpus.CorpusAnalysis;
import org.seacorpus.search.QuerySyntaxException;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.Collocate;
import org.seacorpus.stats.CollocationResult;
import org.seacorpus.stats.Dispersion;
import org.seacorpus.stats.DispersionResult;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.KeynessCalculator;
import org.seacorpus.stats.KeynessResult;
import org.seacorpus.stats.Keyword;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.web.StatsParams;
import org.seacorpus.web.Urls;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.chart.BarChart;
import org.seacorpus.web.chart.Numbers;

import io.javalin.http.Context;

/**
 * Word statistics of any subcorpus, as the CLI's {@code corpus stats} subcommands compute them (through the
 * façade): frequency lists, n-grams, collocations with the measure chosen, keyness between two subcorpora and
 * dispersion; as tables sortable by any column, with a chart of the top rows. The address reproduces the view.
 */
public final class StatsPage {
    static final int CHART_ROWS = 20;

    public record View(StatsParams params, List<SearchPage.Option> languages, String summary,
                       List<Table.Sorted> tables, BarChart chart, String error, String apiUrl) {
        public String tabClass(String view) {
            return view.equals(params.view()) ? "active" : "";
        }

        public String tabUrl(String view) {
            return Urls.to("/stats/" + view).with("lang", params.selection().lang()).with("q",
                    params.selection().query()).withAll("filter", params.selection().filters()).toString();
        }

        public String filterText() {
            return String.join(" ", params.selection().filters());
        }

        public List<String> measures() {
            return params.view().equals("keyness") ? List.of("simple", "ll")
                    : List.of("logdice", "mi", "mi3", "tscore", "ll");
        }

        public boolean measureSelected(String m) {
            String current = params.measure() == null ? measures().get(0) : params.measure();
            return current.equalsIgnoreCase(m);
        }
    }

    private final Workbench bench;

    public StatsPage(Workbench bench) {
        this.bench = bench;
    }

    public View view(Context ctx, String name) {
        StatsParams p = StatsParams.from(ctx, name, bench.corpus());
        List<SearchPage.Option> languages = languages(p);
        String api = p.url("/api/v1/stats/" + p.view()).toString();
        if (!p.ready()) {
            return new View(p, languages, null, List.of(), null, null, api);
        }
        try {
            return compute(p, languages, api);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            return new View(p, languages, null, List.of(), null, e.getMessage(), api);
        } catch (WebException e) {
            if (e.status() == 400) {
                return new View(p, languages, null, List.of(), null, e.getMessage(), api);
            }
            throw e;
        }
    }

    private View compute(StatsParams p, List<SearchPage.Option> languages, String api) {
        CorpusAnalysis analysis = bench.corpus().analysis();
        Selection s = p.selection();
        String lang = s.lang();
        List<Table> tables = new ArrayList<>();
        String summary;
        BarChart chart;
        switch (p.view()) {
            case "freq" -> {
                FrequencyList list = analysis.frequencies(s, p.min(), p.top());
                tables.add(words("words", "word", list, p, false));
                summary = Numbers.count(list.tokens()) + " words (" + Numbers.count(list.types()) + " distinct) in "
                        + Numbers.count(list.documents()) + " documents";
                chart = BarChart.of("most frequent words", list.words().stream().limit(CHART_ROWS)
                        .map(w -> new BarChart.Datum(w.word(), w.frequency(), Numbers.count(w.frequency())))
                        .toList(), 620);
            }
            case "ngrams" -> {
                int[] range = p.ngramRange();
                List<FrequencyList> lists = analysis.ngrams(s, range[0], range[1], p.min(), p.top());
                for (FrequencyList list : lists) {
                    tables.add(words(list.n() + "-grams", "ngram", list, p, true));
                }
                FrequencyList first = lists.get(0);
                summary = Numbers.count(first.tokens()) + " words in " + Numbers.count(first.documents())
                        + " documents";
                chart = BarChart.of("most frequent " + first.n() + "-grams", first.words().stream().limit(CHART_ROWS)
                        .map(w -> new BarChart.Datum(w.word(), w.frequency(), Numbers.count(w.frequency())))
                        .toList(), 620);
            }
            case "collocations" -> {
                AssociationMeasure m = p.association();
                CollocationResult r = analysis.collocations(s, p.words(), p.window(), p.window(), m, p.min(),
                        p.top());
                tables.add(collocates(r, p));
                summary = "collocates of " + p.words() + ": " + Numbers.count(r.nodeFrequency()) + " occurrences in "
                        + Numbers.count(r.tokens()) + " words; window " + r.left() + " left, " + r.right()
                        + " right; by " + m.name().toLowerCase(java.util.Locale.ROOT);
                chart = BarChart.of("collocates by " + m.name().toLowerCase(java.util.Locale.ROOT),
                        r.collocates().stream().limit(CHART_ROWS).map(c -> new BarChart.Datum(c.word(),
                                Math.max(0, c.score(m)), Numbers.decimal(c.score(m), 2))).toList(), 620);
            }
            case "keyness" -> {
                KeynessCalculator.Measure m = p.keynessMeasure();
                KeynessResult r = analysis.keyness(s, p.focus(), p.reference(), m, p.smoothing(), p.min(), p.top());
                tables.add(keywords("positive keywords (typical of the focus)", r.positive(), p));
                tables.add(keywords("negative keywords (typical of the reference)", r.negative(), p));
                summary = "focus " + p.focus() + ": " + Numbers.count(r.focusTokens()) + " words in "
                        + Numbers.count(r.focusDocuments()) + " documents; reference " + (p.reference() == null
                        ? "the rest" : p.reference()) + ": " + Numbers.count(r.referenceTokens()) + " words in "
                        + Numbers.count(r.referenceDocuments()) + " documents";
                chart = BarChart.of("positive keywords by " + m.name().toLowerCase(java.util.Locale.ROOT),
                        r.positive().stream().limit(CHART_ROWS).map(k -> {
                            double v = m == KeynessCalculator.Measure.LL ? k.logLikelihood() : k.simpleMaths();
                            return new BarChart.Datum(k.word(), v, Numbers.decimal(v, 2));
                        }).toList(), 620);
            }
            case "dispersion" -> {
                DispersionResult r = analysis.dispersion(s, p.wordList(), p.by());
                tables.add(dispersion(r, p));
                summary = Numbers.count(r.tokens()) + " words in " + Numbers.count(r.parts()) + " parts (by "
                        + r.partsBy() + ")";
                chart = BarChart.of("range: share of parts the word occurs in", r.words().stream().map(d ->
                        new BarChart.Datum(d.word(), d.rangeShare(), Numbers.decimal(100 * d.rangeShare(), 1)
                                + " %")).toList(), 620);
            }
            default -> throw new WebException(404, "no statistics view '" + p.view() + "'");
        }
        List<Table.Sorted> sorted = tables.stream().map(t -> t.sorted(p.order(), lang,
                order -> p.withOrder(order).url("/stats/" + p.view()).toString())).toList();
        return new View(p, languages, summary, sorted, chart, null, api);
    }

    private String searchUrl(StatsParams p, String query) {
        return Urls.to("/search").with("q", query).with("lang", p.selection().lang())
                .withAll("filter", p.selection().filters()).toString();
    }

    private Table words(String title, String key, FrequencyList list, StatsParams p, boolean phrase) {
        Table t = new Table(title).column("rank", "rank", Table.Kind.COUNT).column(key, phrase ? "n-gram" : "word",
                        Table.Kind.TEXT).column("freq", "freq", Table.Kind.COUNT)
                .column("per_million", "per million", Table.Kind.DECIMAL).column("docs", "docs", Table.Kind.COUNT);
        int rank = 0;
        for (WordFrequency w : list.words()) {
            t.row(searchUrl(p, phrase ? "\"" + w.word() + "\"" : w.word()), ++rank, w.word(), w.frequency(),
                    w.perMillion(), w.documents());
        }
        return t;
    }

    private Table collocates(CollocationResult r, StatsParams p) {
        Table t = new Table("collocates").column("rank", "rank", Table.Kind.COUNT)
                .column("collocate", "collocate", Table.Kind.TEXT).column("together", "together", Table.Kind.COUNT)
                .column("freq", "freq", Table.Kind.COUNT).column("expected", "expected", Table.Kind.DECIMAL)
                .column("logdice", "logdice", Table.Kind.DECIMAL).column("mi", "mi", Table.Kind.DECIMAL)
                .column("mi3", "mi3", Table.Kind.DECIMAL).column("tscore", "tscore", Table.Kind.DECIMAL)
                .column("ll", "ll", Table.Kind.DECIMAL);
        int rank = 0;
        for (Collocate c : r.collocates()) {
            t.row(searchUrl(p, "\"" + p.words() + " " + c.word() + "\"~" + (2 * p.window())), ++rank, c.word(),
                    c.cooccurrences(), c.frequency(), c.expected(), c.logDice(), c.mi(), c.mi3(), c.tScore(),
                    c.logLikelihood());
        }
        return t;
    }

    private Table keywords(String title, List<Keyword> keywords, StatsParams p) {
        Table t = new Table(title).column("word", "word", Table.Kind.TEXT).column("focus", "focus", Table.Kind.COUNT)
                .column("focus_pm", "per million", Table.Kind.DECIMAL)
                .column("reference", "reference", Table.Kind.COUNT)
                .column("reference_pm", "per million", Table.Kind.DECIMAL)
                .column("ll", "ll", Table.Kind.DECIMAL).column("simple", "simple", Table.Kind.DECIMAL);
        for (Keyword k : keywords) {
            t.row(searchUrl(p, k.word()), k.word(), k.focusFrequency(), k.focusPerMillion(), k.referenceFrequency(),
                    k.referencePerMillion(), k.logLikelihood(), k.simpleMaths());
        }
        return t;
    }

    private Table dispersion(DispersionResult r, StatsParams p) {
        Table t = new Table("dispersion").column("word", "word", Table.Kind.TEXT)
                .column("freq", "freq", Table.Kind.COUNT).column("per_million", "per million", Table.Kind.DECIMAL)
                .column("range", "range", Table.Kind.COUNT).column("parts", "parts", Table.Kind.COUNT)
                .column("dp", "DP", Table.Kind.DECIMAL).column("dp_norm", "DP norm", Table.Kind.DECIMAL);
        for (Dispersion d : r.words()) {
            t.row(searchUrl(p, d.word()), d.word(), d.frequency(), d.perMillion(), d.range(), d.parts(), d.dp(),
                    d.dpNorm());
        }
        return t;
    }

    private List<SearchPage.Option> languages(StatsParams p) {
        return bench.corpus().analysis().facets(new org.seacorpus.search.SearchRequest(null, null, List.of(), 1),
                        List.of("lang"), 200).get("lang").values().stream()
                .map(v -> new SearchPage.Option(v.value(), Dashboard.languageLabel(bench.corpus(), v.value()),
                        v.value().equals(p.selection().lang())))
                .sorted(java.util.Comparator.comparing(SearchPage.Option::code)).toList();
    }
}
