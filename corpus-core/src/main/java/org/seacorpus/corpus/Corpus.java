package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.seacorpus.document.Document;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.export.BoilerplateSource;
import org.seacorpus.export.ExportContext;
import org.seacorpus.export.ExportJob;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptIdentifyStage;
import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.NormalizeStage;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.search.CorpusSearcher;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.search.StatsCollector;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityFilter;
import org.seacorpus.quality.QualityReport;
import org.seacorpus.search.QualityStatsCollector;
import org.seacorpus.quality.QualityStage;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.stage.Pipeline;

/**
 * The façade: open or create a corpus home, run jobs on it, search it. This is what the CLI and other modules
 * call; nothing outside this package needs to know about Lucene writers or locks.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.create(Path.of("my-corpus"), "news");
 * ImportReport report = corpus.importFrom(ImportOptions.of(List.of(Path.of("sample-data"))), null);
 * SearchResult hits = corpus.search(new SearchRequest("ข้าว", "th", List.of(), 10));
 * }</pre>
 *
 * Writing jobs take the corpus lock for their duration; readers see the last committed state and never block.
 */
public final class Corpus {
    private final CorpusHome home;
    private final LanguageProfiles profiles = LanguageProfiles.builtIn();
    /** One set of segmenters (with the corpus's dictionaries) for analysis, indexing and search alike. */
    private final Segmenters segmenters;
    private BoilerplateSource boilerplate = BoilerplateSource.NONE;

    private Corpus(CorpusHome home) {
        this.home = home;
        this.segmenters = new Segmenters(profiles, SegmentOptions.fromSettings(home.config().settings(), home.dir()));
    }

    public static Corpus create(Path dir, String name) {
        return new Corpus(CorpusHome.create(dir, name));
    }

    public static Corpus open(Path dir) {
        return new Corpus(CorpusHome.open(dir));
    }

    public CorpusHome home() {
        return home;
    }

    public LanguageProfiles profiles() {
        return profiles;
    }

    /** Imports files, folders, archives and datasets; the report is also appended to {@code runs/}. */
    public ImportReport importFrom(ImportOptions options, Consumer<ImportJob.Progress> progress) {
        Pipeline pipeline = importPipeline(options.forcedLang());
        ImportReport report;
        try (CorpusStore store = new CorpusStore(home, analyzers(), "import")) {
            report = new ImportJob(store, options, pipeline, progress).run();
        }
        home.appendRun("import", report);
        return report;
    }

    /** The stages every imported document goes through, in order. */
    Pipeline importPipeline(String forcedLang) {
        return new Pipeline(List.of(
                new NormalizeStage(new Normalizer(GenericRules.all())),
                new ScriptIdentifyStage(profiles, forcedLang),
                new AnalyzeStage(segmenters),
                new QualityStage(qualityAnalyzer())));
    }

    /**
     * Changes stored documents in place without re-importing them (curation, dedupe marks): every document
     * matching {@code query} goes through {@code change}; those that differ are rewritten. The job is named in
     * the lock and the report in {@code runs/} (not written for a dry run).
     *
     * @param listener told of each change (before, after), also in a dry run; may be null
     */
    public RewriteReport rewrite(String job, Query query, UnaryOperator<Document> change, boolean dryRun,
                                 BiConsumer<Document, Document> listener) {
        java.time.Instant started = java.time.Instant.now();
        CorpusStore.RewriteCounts counts;
        try (CorpusStore store = new CorpusStore(home, analyzers(), job)) {
            counts = store.rewrite(query, change, dryRun, listener == null ? (a, b) -> { } : listener);
        } catch (IOException e) {
            throw new CorpusException("cannot update corpus " + home.dir() + ": " + e.getMessage(), e);
        }
        RewriteReport report = new RewriteReport(job, started.toString(),
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), query.toString(), dryRun,
                counts.matched(), counts.changed());
        if (!dryRun) {
            home.appendRun(job, report);
        }
        return report;
    }

    public SearchResult search(SearchRequest request) {
        return read(reader -> new CorpusSearcher(reader, analyzers()).search(request));
    }

    /** The segmenters this corpus uses (its profiles plus the dictionaries named in corpus.yaml). */
    public Segmenters segmenters() {
        return segmenters;
    }

    private LanguageAnalyzers analyzers() {
        return new LanguageAnalyzers(profiles, segmenters);
    }

    public CorpusStats stats() {
        return read(StatsCollector::collect);
    }

    /** Exports the corpus as training-data files; the manifest is also appended to {@code runs/}. */
    public Manifest export(ExportOptions options) {
        ExportContext context = new ExportContext(profiles, analyzers(), qualityAnalyzer(), home.config().name(),
                qualitySettings(), boilerplate);
        Manifest manifest = read(reader -> new ExportJob(reader, options, context).run());
        home.appendRun("export", manifest);
        return manifest;
    }

    /**
     * Where the export finds boilerplate lines. Dedupe plugs its line hashes in here; until then exports report
     * line removal as not available.
     */
    public Corpus withBoilerplate(BoilerplateSource source) {
        this.boilerplate = source == null ? BoilerplateSource.NONE : source;
        return this;
    }

    /** Quality threshold overrides from {@code corpus.yaml} ({@code settings.quality}), or null. */
    @SuppressWarnings("unchecked")
    public Map<String, ?> qualitySettings() {
        Object quality = home.config().settings().get(QualityFilter.SETTINGS_KEY);
        if (quality == null) {
            return null;
        }
        if (!(quality instanceof Map<?, ?>)) {
            throw new CorpusException(home.dir().resolve("corpus.yaml") + ": settings.quality must map language "
                    + "codes (or \"*\") to thresholds, e.g. {th: {min_words: 30}}");
        }
        return (Map<String, ?>) quality;
    }

    /** Distributions of the quality signals per language and what each filter rule would remove. */
    public QualityReport qualityStats(List<String> langs, Map<String, ?> overrides) {
        QualityFilter filter = QualityFilter.of(profiles, qualitySettings(), overrides);
        return read(reader -> new QualityStatsCollector(qualityAnalyzer(), filter).collect(reader, langs));
    }

    /** Quality signals measured with this corpus's segmenters and the built-in stopword lists. */
    private QualityAnalyzer qualityAnalyzer() {
        return new QualityAnalyzer(profiles, segmenters, Stopwords.builtIn());
    }

    /** Work on a point-in-time reader of the last commit. */
    private <T> T read(ReaderWork<T> work) {
        try (Directory directory = FSDirectory.open(home.indexDir());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return work.apply(reader);
        } catch (IOException e) {
            throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ReaderWork<T> {
        T apply(DirectoryReader reader) throws IOException;
    }
}
