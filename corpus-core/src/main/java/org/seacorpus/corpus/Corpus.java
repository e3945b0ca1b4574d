package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TermQuery;
import org.seacorpus.dedupe.ClusterInspector;
import org.seacorpus.dedupe.ClusterView;
import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.export.BoilerplateSource;
import org.seacorpus.export.DedupeBoilerplateSource;
import org.seacorpus.export.ExportContext;
import org.seacorpus.export.ExportJob;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.lang.identify.LabelledText;
import org.seacorpus.lang.identify.LanguageIdentifier;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.search.CorpusSearcher;
import org.seacorpus.search.CorpusHealth;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.HealthCollector;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.search.StatsCollector;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityFilter;
import org.seacorpus.quality.QualityReport;
import org.seacorpus.search.QualityPassCounter;
import org.seacorpus.search.QualityStatsCollector;
import org.seacorpus.quality.Stopwords;
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
public final class Corpus implements AutoCloseable {
    /** Setting in {@code corpus.yaml} naming the language-ID model file. */
    public static final String LANGID_MODEL = "langid_model";

    private final CorpusHome home;
    private final LanguageProfiles profiles = LanguageProfiles.builtIn();
    /** One set of segmenters (with the corpus's dictionaries) for analysis, indexing and search alike. */
    private final Segmenters segmenters;
    private BoilerplateSource boilerplate = DEFAULT_BOILERPLATE;
    /** Read once: see {@link #dedupeSettings()}. */
    private DedupeSettings dedupeSettings;
    /** One reader kept open for every read, when asked ({@link #keepReaderOpen()}); null: a reader per call. */
    private volatile org.apache.lucene.index.ReaderManager shared;
    /** How often the kept reader looks for commits by other processes (an import while serving). */
    private static final long REFRESH_CHECK_NANOS = 100_000_000L;
    private volatile long lastRefreshCheck = System.nanoTime() - REFRESH_CHECK_NANOS;
    private volatile long commitsSeen = -1;
    /** Boilerplate lines for export: in at least 3 documents that are not duplicates (dedupe's default). */
    private static final BoilerplateSource DEFAULT_BOILERPLATE = new DedupeBoilerplateSource(LineThreshold.DEFAULT);

    /** For a set of shards opened read-only: every shard's home (the first is {@link #home}); else empty. */
    private final List<Path> shards;

    private Corpus(CorpusHome home) {
        this(home, List.of());
    }

    private Corpus(CorpusHome home, List<Path> shards) {
        this.home = home;
        this.shards = List.copyOf(shards);
        this.segmenters = new Segmenters(profiles, SegmentOptions.fromSettings(home.config().settings(), home.dir()));
    }

    public static Corpus create(Path dir, String name) {
        return new Corpus(CorpusHome.create(dir, name));
    }

    /** Creates a corpus home whose corpus.yaml holds {@code settings} (a shard built with a corpus's settings). */
    public static Corpus create(Path dir, String name, Map<String, Object> settings) {
        return new Corpus(CorpusHome.create(dir, name, settings));
    }

    /**
     * Opens a corpus home, or a folder of shards ({@link CorpusShards}, as corpus-spark's index job writes): read-only
     * then, every shard searched and counted together. An index whose marks predate doc-values marks is converted
     * first (once; it takes the corpus lock for that moment, see {@link MarksUpgrade}).
     */
    public static Corpus open(Path dir) {
        if (CorpusShards.isShardSet(dir)) {
            List<Path> homes = CorpusShards.read(dir).homes(dir);
            List<CorpusHome> opened = homes.stream().map(CorpusHome::open).toList();
            return new Corpus(opened.get(0), homes);
        }
        Corpus corpus = new Corpus(CorpusHome.open(dir));
        if (corpus.read(reader -> MarksUpgrade.needed((DirectoryReader) reader))) {
            new CorpusStore(corpus.home, corpus.analyzers(), "upgrade-marks").close();
        }
        return corpus;
    }

    /** True for a set of shards, which is read-only. */
    public boolean readOnly() {
        return !shards.isEmpty();
    }

    /** Refuses a writing job on a set of shards, naming what can be done instead. */
    void requireWritable(String job) {
        if (readOnly()) {
            throw new CorpusException(job + " cannot write to " + home.dir().getParent() + ": it is a set of "
                    + shards.size() + " shards built by corpus-spark, opened read-only (search, stats, concordances "
                    + "and export work); run the job on Spark, or import into a corpus of its own");
        }
    }

    /**
     * Migrates a corpus written with an older schema (ids hashing absolute file URIs) to portable source names
     * and ids, keeping every document, mark, tag and the audit trail: see {@link SchemaMigration}. A corpus
     * already current is left as it is.
     *
     * @param ledger renames the entries of the source ledger a {@code corpus run} keeps
     *               ({@code LedgerMigration::rename} of {@code corpus.pipeline}); {@link LedgerRenamer#NONE} for a
     *               corpus without one
     */
    public static MigrationReport migrate(Path dir, MigrationOptions options, LedgerRenamer ledger) {
        return new SchemaMigration(CorpusHome.openAnySchema(dir), options, LanguageProfiles.builtIn(), ledger).run();
    }

    /**
     * {@link #migrate(Path, MigrationOptions, LedgerRenamer)} of a corpus without a source ledger; one that has
     * a ledger is refused before anything changes (its entries would keep the old names).
     */
    public static MigrationReport migrate(Path dir, MigrationOptions options) {
        if (java.nio.file.Files.isDirectory(dir.resolve("ledger"))) {
            throw new CorpusException("this corpus has a source ledger (it was built by corpus run): migrate it with "
                    + "corpus migrate, which renames the ledger's entries too");
        }
        return migrate(dir, options, LedgerRenamer.NONE);
    }

    public CorpusHome home() {
        return home;
    }

    public LanguageProfiles profiles() {
        return profiles;
    }

    /** Imports files, folders, archives and datasets; the report is also appended to {@code runs/}. */
    public ImportReport importFrom(ImportOptions options, Consumer<ImportJob.Progress> progress) {
        ImportReport report = importFrom(options, progress, null);
        home.appendRun("import", report);
        return report;
    }

    /**
     * Imports as {@link #importFrom(ImportOptions, Consumer)} does, asking {@code tracker} which files to read
     * and telling it after each commit which files the index now holds (see {@link SourceTracker}). The report
     * is not appended to {@code runs/}: the caller (a pipeline run) writes its own.
     */
    public ImportReport importFrom(ImportOptions options, Consumer<ImportJob.Progress> progress,
                                   SourceTracker tracker) {
        requireWritable("import");
        Pipeline pipeline = importPipeline(options.forcedLang());
        try (CorpusStore store = new CorpusStore(home, analyzers(), "import")) {
            return new ImportJob(store, options, pipeline, progress, tracker).run();
        }
    }

    /** The stages every imported document goes through, in order (the same as {@link DocumentPipeline}'s). */
    Pipeline importPipeline(String forcedLang) {
        return DocumentPipeline.stages(profiles, segmenters, home.config().settings(), home.dir(), forcedLang,
                dedupeSettings());
    }

    /**
     * Normalisation settings of this corpus: the scalar {@code settings} of {@code corpus.yaml}, which the
     * language modules read (e.g. {@code vietnamese_tone_style: traditional|modern}; docs/normalization.md).
     */
    public NormalizerOptions normalizerOptions() {
        return DocumentPipeline.normalizerOptions(home.config().settings());
    }

    /**
     * Changes stored documents without re-importing them (curation, metadata fixes): every document matching
     * {@code query} goes through {@code change}; those that differ are written back, in place when only their marks
     * changed. The change and its audit record in {@code runs/} are committed together (not for a dry run).
     *
     * @param listener told of each change (before, after), also in a dry run; may be null
     */
    public RewriteReport rewrite(String job, Query query, UnaryOperator<Document> change, boolean dryRun,
                                 BiConsumer<Document, Document> listener) {
        return marking().rewrite(job, query, change, dryRun, listener, null);
    }

    /**
     * Changes the marks of the documents matching {@code query} in place (doc-values updates: nothing is
     * re-indexed, no stored field is read). The change and its audit record are committed together.
     *
     * @param listener told of each change, also in a dry run; may be null
     */
    public RewriteReport mark(String job, Query query, UnaryOperator<Marks> change, boolean dryRun,
                              MarkedDocument.Listener listener) {
        return marking().mark(job, query, (id, m) -> change.apply(m), dryRun, listener, false, null);
    }

    /**
     * Deduplicates: finds exact and near-duplicate clusters and boilerplate lines, marks every cluster member
     * except the kept one as {@code duplicate} (nothing is deleted) and gives every member its cluster and the
     * cluster's size. Marks, the dedupe state and the audit record are committed together. After a first run only
     * documents imported since are compared. A dry run reports and changes nothing.
     *
     * @param listener told of each document whose marks change; may be null
     */
    public DedupeReport dedupe(DedupeOptions options, MarkedDocument.Listener listener) {
        return marking().dedupe(options, listener);
    }

    /**
     * Undoes deduplication: every document loses its cluster and duplicate_of, duplicates become {@code ok}
     * again (rejected ones stay rejected), and the next dedupe compares everything.
     */
    public RewriteReport undoDuplicates(boolean dryRun, MarkedDocument.Listener listener) {
        return marking().undoDuplicates(dryRun, listener);
    }

    CorpusMarking marking() {
        return new CorpusMarking(this);
    }

    /**
     * One document whole: text (and the original), metadata, language spans, status, cluster members, tags and
     * its audit-trail entries. {@code id} may be a unique prefix of at least 6 characters.
     *
     * @throws IllegalArgumentException when no document, or more than one, has that id or prefix
     */
    public DocumentView show(String id) {
        return new DocumentLookup(this).show(id);
    }

    /** The members of a duplicate cluster, with their similarity to the kept one, or empty if no such cluster. */
    public java.util.Optional<ClusterView> cluster(String cluster) {
        return read(reader -> new ClusterInspector(reader, dedupeSettings(), segmenters)
                .inspect(cluster));
    }

    /**
     * The signature schemes of this corpus: its settings, and where they name no MinHash algorithm or number of
     * components, those its documents were signed with (classic MinHash, or SuperMinHash of 256 components, for
     * corpora signed before the current default), so that new documents stay comparable with the old ones.
     */
    public DedupeSettings dedupeSettings() {
        if (dedupeSettings == null) {
            dedupeSettings = DedupeSettings.from(home.config().settings(),
                    read(org.seacorpus.dedupe.SignatureScheme::storedIn));
        }
        return dedupeSettings;
    }

    /**
     * The language identifier of this corpus: the shipped model, or the model file named by the setting
     * {@code langid_model} in {@code corpus.yaml} (a path relative to the corpus home, or absolute).
     */
    public LanguageIdentifier languageIdentifier() {
        return DocumentPipeline.languageIdentifier(home.config().settings(), home.dir());
    }

    /** Streams the curated documents (status ok, a language set) as labelled text, e.g. to train language ID. */
    public long forEachCuratedText(Consumer<LabelledText> sink) {
        return read(reader -> CuratedTexts.forEach(reader, sink));
    }

    public SearchResult search(SearchRequest request) {
        return read(reader -> new CorpusSearcher(reader, analyzers()).search(request));
    }

    /**
     * One document whole, as stored: its text (and the original when normalisation changed it), metadata,
     * language and spans, status, tags, cluster and rejection, with its import time. {@code id} is the full id
     * or a unique prefix of at least six hex characters; empty when no document has it.
     *
     * @throws IllegalArgumentException when {@code id} is not an id, or a prefix several documents share
     */
    public Optional<DocumentMapper.Stored> document(String id) {
        return read(reader -> {
            IndexSearcher searcher = new IndexSearcher(reader);
            String full;
            try {
                full = CorpusCuration.fullId(searcher, id);
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith("no document")) {
                    return Optional.empty();
                }
                throw e;
            }
            TopDocs hit = searcher.search(new TermQuery(new Term(Fields.ID, full)), 1);
            return Optional.of(new org.seacorpus.index.StoredDocuments(reader, new DocumentMapper(profiles))
                    .read(hit.scoreDocs[0].doc));
        });
    }

    /** Concordances, facets and word statistics on subcorpora. */
    public CorpusAnalysis analysis() {
        return new CorpusAnalysis(this);
    }

    /** Tagging, rejecting, restoring and metadata fixes, with the audit trail. */
    public CorpusCuration curation() {
        return new CorpusCuration(this);
    }

    /** The segmenters this corpus uses (its profiles plus the dictionaries named in corpus.yaml). */
    public Segmenters segmenters() {
        return segmenters;
    }

    LanguageAnalyzers analyzers() {
        return new LanguageAnalyzers(profiles, segmenters);
    }

    public CorpusStats stats() {
        return read(StatsCollector::collect);
    }

    /** What the checks of a batch run look at: usable documents per language, statuses, exact copies. */
    public CorpusHealth health() {
        return read(HealthCollector::collect);
    }

    /**
     * The version of the last commit: it changes whenever a commit changed something, so an unchanged version
     * means an unchanged corpus (a batch run uses it to skip an export that is already up to date).
     */
    public long indexVersion() {
        return read(reader -> reader instanceof DirectoryReader one ? one.getVersion() : combinedVersion(reader));
    }

    /** Exports the corpus as training-data files; the manifest is also appended to {@code runs/}. */
    public Manifest export(ExportOptions options) {
        ExportContext context = new ExportContext(profiles, analyzers(), qualityAnalyzer(), home.config().name(),
                qualitySettings(), boilerplate);
        Manifest manifest = read(reader -> new ExportJob(reader, options, context).run());
        if (!readOnly()) {
            home.appendRun("export", manifest);
        }
        return manifest;
    }

    /**
     * Where the export finds boilerplate lines; null restores the default, dedupe's line hashes counted in the
     * index ({@link DedupeBoilerplateSource} with {@link LineThreshold#DEFAULT}).
     */
    public Corpus withBoilerplate(BoilerplateSource source) {
        this.boilerplate = source == null ? DEFAULT_BOILERPLATE : source;
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
        langs.forEach(profiles::require);
        QualityFilter filter = QualityFilter.of(profiles, qualitySettings(), overrides);
        return read(reader -> new QualityStatsCollector(qualityAnalyzer(), filter).collect(reader, langs));
    }

    /**
     * Documents with status ok that pass the quality filter ({@code export --quality}'s rules, corpus.yaml's
     * overrides, then {@code overrides}), per language: all of them, and those imported after
     * {@code importedAfterMillis} (epoch milliseconds).
     */
    public QualityPassCounter.Counts qualityPass(Map<String, ?> overrides, long importedAfterMillis) {
        QualityFilter filter = QualityFilter.of(profiles, qualitySettings(), overrides);
        return read(reader -> new QualityPassCounter(qualityAnalyzer(), filter).count(reader, importedAfterMillis));
    }

    /** Quality signals measured with this corpus's segmenters and the built-in stopword lists. */
    private QualityAnalyzer qualityAnalyzer() {
        return new QualityAnalyzer(profiles, segmenters, Stopwords.builtIn());
    }

    /** The versions of a set of shards in one number: it changes when any shard's changes. */
    private static long combinedVersion(IndexReader reader) {
        long version = 17;
        for (var shard : reader.getContext().children()) {
            version = version * 31 + ((DirectoryReader) shard.reader()).getVersion();
        }
        return version;
    }

    /**
     * Moves into {@code runs/} the audit record of the last commit if a killed writer left it pending (readers
     * call this before reading the trail; see {@link AuditLog}).
     */
    void promoteCommittedAudit() {
        if (readOnly()) {
            return; // a set of shards is written once by corpus-spark and never changed in place
        }
        String name = read(reader -> ((DirectoryReader) reader).getIndexCommit().getUserData()
                .get(AuditLog.COMMIT_KEY));
        new AuditLog(home.runsDir()).promoteCommitted(name);
    }

    /**
     * Keeps one reader of the index open for every read from now on, refreshed when a commit (by this process or
     * another) changed the index, instead of opening a reader per call: for a long-running reader such as
     * {@code corpus serve}, where opening the index for each request would cost more than the request. Close the
     * corpus to let the reader go. Returns this corpus.
     */
    public synchronized Corpus keepReaderOpen() {
        if (shared == null && !readOnly()) { // a set of shards is opened per read
            try {
                shared = new org.apache.lucene.index.ReaderManager(FSDirectory.open(home.indexDir()));
            } catch (IOException e) {
                throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** Lets go of the reader kept by {@link #keepReaderOpen()}, if any; the corpus can still be used after. */
    @Override
    public synchronized void close() {
        if (shared != null) {
            try {
                shared.close();
            } catch (IOException ignored) {
                // the files are read-only to us; nothing is lost
            }
            shared = null;
        }
    }

    /** Work on a point-in-time reader of the last commit (of every shard, for a set of shards). */
    <T> T read(ReaderWork<T> work) {
        if (readOnly()) {
            return readShards(work);
        }
        org.apache.lucene.index.ReaderManager readers = shared;
        if (readers != null) {
            return readShared(readers, work);
        }
        try (Directory directory = FSDirectory.open(home.indexDir());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return work.apply(reader);
        } catch (IOException e) {
            throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
    }

    private <T> T readShards(ReaderWork<T> work) {
        List<Directory> directories = new java.util.ArrayList<>();
        List<DirectoryReader> readers = new java.util.ArrayList<>();
        try {
            for (Path shard : shards) {
                Directory directory = FSDirectory.open(shard.resolve("index"));
                directories.add(directory);
                readers.add(DirectoryReader.open(directory));
            }
            try (MultiReader all = new MultiReader(readers.toArray(new IndexReader[0]), true)) {
                readers.clear(); // closed with the multi-reader
                return work.apply(all);
            }
        } catch (IOException e) {
            throw new CorpusException("cannot read the shards of " + home.dir().getParent() + ": " + e.getMessage(), e);
        } finally {
            for (DirectoryReader reader : readers) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // already failing; the first error is the one reported
                }
            }
            for (Directory directory : directories) {
                try {
                    directory.close();
                } catch (IOException e) {
                    // as above
                }
            }
        }
    }

    private <T> T readShared(org.apache.lucene.index.ReaderManager readers, ReaderWork<T> work) {
        DirectoryReader reader;
        try {
            refreshWhenDue(readers);
            reader = readers.acquire();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
        try {
            return work.apply(reader);
        } catch (IOException e) {
            throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        } finally {
            try {
                readers.release(reader);
            } catch (IOException ignored) {
                // released by the manager when it closes
            }
        }
    }

    /**
     * Looks for a new commit when this process committed since the last look (so it always reads its own
     * writes), and otherwise at most every {@link #REFRESH_CHECK_NANOS}: looking lists the index folder and
     * reads its commit file, and every reader waits for it, which under many concurrent requests cost more than
     * small searches. A commit by another process is seen within a tenth of a second.
     */
    private void refreshWhenDue(org.apache.lucene.index.ReaderManager readers) throws IOException {
        long commits = CorpusStore.commitsInThisProcess(); // read before refreshing: a commit during it is seen next time
        long now = System.nanoTime();
        if (commits != commitsSeen || now - lastRefreshCheck >= REFRESH_CHECK_NANOS) {
            readers.maybeRefreshBlocking();
            commitsSeen = commits;
            lastRefreshCheck = now;
        }
    }

    @FunctionalInterface
    interface ReaderWork<T> {
        T apply(IndexReader reader) throws IOException;
    }
}
