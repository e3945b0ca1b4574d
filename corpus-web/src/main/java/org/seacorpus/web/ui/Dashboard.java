package org.seacorpus.web.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.quality.QualityReport;
import org.seacorpus.quality.QualityRule;
import org.seacorpus.quality.Signal;
import org.seacorpus.search.CorpusHealth;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.web.chart.BarChart;
import org.seacorpus.web.chart.ColumnChart;
import org.seacorpus.web.chart.HistogramChart;
import org.seacorpus.web.chart.Numbers;

/**
 * The corpus at a glance, for the dashboard page and for {@code corpus report}: sizes per language and source,
 * statuses, the quality signals' histograms per language against the filter's thresholds, duplicate cluster
 * sizes, and import runs over time. Every figure comes from the façade ({@link Corpus#stats()},
 * {@link Corpus#health()}, {@link Corpus#qualityStats}, facets and the audit trail).
 */
public record Dashboard(String corpus, String generatedAt, CorpusStats stats, CorpusHealth health,
                        List<Group> languages, List<Group> sources, int sourcesLeftOut, Map<String, Long> status,
                        BarChart languageChart, BarChart sourceChart, List<QualityLanguage> quality,
                        List<ClusterSize> clusterSizes, long clusters, BarChart clusterChart,
                        List<ImportRun> imports, ColumnChart importChart) {
    static final int SOURCES_SHOWN = 20;
    static final int CHART_WIDTH = 560;

    /** A row of a size table. */
    public record Group(String key, String label, String href, long documents, long chars, long words) {
        public String documentsText() {
            return Numbers.count(documents);
        }

        public String charsText() {
            return Numbers.count(chars);
        }

        public String wordsText() {
            return Numbers.count(words);
        }
    }

    /** One language's quality signals. */
    public record QualityLanguage(String lang, String label, long documents, long removed,
                                  List<HistogramChart> charts) {
    }

    /** How many duplicate clusters have this many members. */
    public record ClusterSize(int size, long clusters) {
    }

    /** One import run from the audit trail. */
    public record ImportRun(String at, long added, long updated, long unchanged, long failed, String summary) {
    }

    public static Dashboard of(Corpus corpus) {
        CorpusStats stats = corpus.stats();
        CorpusHealth health = corpus.health();
        List<Group> languages = groups(stats.lang(), corpus, true);
        List<Group> allSources = groups(stats.source(), corpus, false);
        String common = commonFolder(stats.source().keySet());
        List<Group> sources = allSources.subList(0, Math.min(SOURCES_SHOWN, allSources.size()));
        QualityReport quality = corpus.qualityStats(List.of(), null);
        List<ClusterSize> sizes = clusterSizes(corpus);
        List<ImportRun> imports = imports(corpus.curation().history(null));
        sources = sources.stream().map(g -> new Group(g.key(), g.key().substring(common.length()), g.href(),
                g.documents(), g.chars(), g.words())).toList();
        return new Dashboard(corpus.home().config().name(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), stats, health, languages,
                sources, allSources.size() - sources.size(), new TreeMap<>(health.byStatus()),
                BarChart.of("documents per language", languages.stream().map(g -> new BarChart.Datum(g.label(),
                        g.documents(), Numbers.count(g.documents()))).toList(), CHART_WIDTH),
                BarChart.of("documents per source", sources.stream().map(g -> new BarChart.Datum(g.label(),
                        g.documents(), Numbers.count(g.documents()))).toList(), CHART_WIDTH),
                quality(quality, corpus), sizes, sizes.stream().mapToLong(ClusterSize::clusters).sum(),
                BarChart.of("duplicate clusters by size", sizes.stream().map(s -> new BarChart.Datum(
                        s.size() + " members", s.clusters(), Numbers.count(s.clusters()))).toList(), CHART_WIDTH),
                imports, ColumnChart.of("documents per import run", List.of("added", "updated", "failed"),
                        imports.stream().map(r -> new ColumnChart.Datum(r.at(), List.of(r.added(), r.updated(),
                                r.failed()))).toList(), CHART_WIDTH));
    }

    /**
     * The folder every source shares ({@code file:///…/sample-data/}), left out of the labels so they show
     * what differs; empty when the sources have no common folder.
     */
    static String commonFolder(java.util.Collection<String> sources) {
        String prefix = null;
        for (String s : sources) {
            prefix = prefix == null ? s : prefix.substring(0, commonLength(prefix, s));
        }
        if (prefix == null || sources.size() < 2) {
            return "";
        }
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }

    private static int commonLength(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static List<Group> groups(Map<String, CorpusStats.Counts> counts, Corpus corpus, boolean languages) {
        List<Group> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(new Group(key, languages ? languageLabel(corpus, key) : key,
                languages ? "/search?filter=" + org.seacorpus.web.Urls.encode("lang:" + key) : null,
                c.documents(), c.chars(), c.words())));
        out.sort(Comparator.comparingLong(Group::documents).reversed().thenComparing(Group::key));
        return out;
    }

    static String languageLabel(Corpus corpus, String code) {
        return corpus.profiles().find(code).map(p -> code + " " + name(p)).orElse(code);
    }

    private static String name(LanguageProfile p) {
        if (p.name() == null) {
            return "";
        }
        return p.nativeName() == null || p.nativeName().equals(p.name()) ? p.name()
                : p.name() + " (" + p.nativeName() + ")";
    }

    private static List<QualityLanguage> quality(QualityReport report, Corpus corpus) {
        List<QualityLanguage> out = new ArrayList<>();
        report.languages().forEach((lang, q) -> {
            List<HistogramChart> charts = new ArrayList<>();
            for (Signal signal : Signal.values()) {
                List<HistogramChart.Threshold> thresholds = new ArrayList<>();
                for (QualityRule rule : QualityRule.values()) {
                    QualityReport.RuleCount count = q.rules().get(rule.key());
                    if (rule.signal() == signal && count != null) {
                        thresholds.add(new HistogramChart.Threshold(rule.key(), count.threshold(), rule.isMinimum(),
                                count.removes()));
                    }
                }
                QualityReport.Distribution d = q.signals().get(signal.key());
                if (d != null && d.histogram() != null && !thresholds.isEmpty()) {
                    charts.add(HistogramChart.of(signal.key(), signal.description(), d.histogram(), thresholds, 260));
                }
            }
            out.add(new QualityLanguage(lang, languageLabel(corpus, lang), q.documents(), q.removed(), charts));
        });
        return out;
    }

    private static List<ClusterSize> clusterSizes(Corpus corpus) {
        Map<String, FacetCounter.Facet> facets = corpus.analysis().facets(new SearchRequest(null, null, List.of(), 1),
                List.of("cluster"), Integer.MAX_VALUE);
        Map<Integer, Long> bySize = new TreeMap<>();
        FacetCounter.Facet clusters = facets.get("cluster");
        if (clusters != null) {
            for (FacetCounter.FacetValue v : clusters.values()) {
                bySize.merge((int) v.count(), 1L, Long::sum);
            }
        }
        List<ClusterSize> out = new ArrayList<>();
        bySize.forEach((size, n) -> out.add(new ClusterSize(size, n)));
        return out;
    }

    private static List<ImportRun> imports(List<AuditEntry> history) {
        List<ImportRun> out = new ArrayList<>();
        for (AuditEntry e : history) {
            Map<String, Object> r = e.report();
            if (!e.kind().equals("import") && !e.kind().equals("run")) {
                continue;
            }
            Object imported = e.kind().equals("run") ? r.get("import") : r;
            if (!(imported instanceof Map<?, ?> m) || !m.containsKey("added")) {
                continue;
            }
            out.add(new ImportRun(e.at(), number(m.get("added")), number(m.get("updated")), number(m.get("unchanged")),
                    m.get("failed") instanceof List<?> failed ? failed.size() : number(m.get("failed")),
                    e.summary()));
        }
        return out;
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    public String documentsText() {
        return Numbers.count(stats.total().documents());
    }

    public String wordsText() {
        return Numbers.count(stats.total().words());
    }

    public String charsText() {
        return Numbers.count(stats.total().chars());
    }

    public String duplicateRateText() {
        return Numbers.decimal(100 * health.duplicateRate(), 1) + " %";
    }
}
