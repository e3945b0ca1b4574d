package org.seacorpus.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seacorpus.ingest.DatasetOptions;
import org.seacorpus.ingest.ImportLimits;

/**
 * What to import and how.
 *
 * @param paths        files, folders and archives
 * @param includes     globs a file must match (empty: all)
 * @param excludes     globs that skip files and folders
 * @param forcedLang   language code that overrides identification, or null
 * @param tags         tags given to every imported document
 * @param dataset      how to read JSONL/CSV datasets
 * @param limits       defences against absurd input
 * @param threads      worker threads (extraction and analysis run in parallel; the index writer is shared)
 * @param commitEvery  documents between checkpoints (a killed import keeps what was committed; default 50,000)
 * @param metadata     metadata attached to every imported document (its {@code meta.*} fields); a key given
 *                     here replaces the same key found in the input
 * @param commitInterval longest time between checkpoints while documents are being written (default 10 min), so
 *                     a killed import loses at most about this much work however slowly it runs
 * @param followSymlinks follow symbolic links that lead out of the paths given (by default they are skipped and
 *                     reported, so that a link such as {@code etc -> /etc} never imports the system's files)
 * @param sourceName   prefix of every source name ({@code --source-name wiki-th/2025-01}), or null
 * @param namingBase   the folder sources are named relative to (a pipeline file's folder), or null to name them
 *                     after the paths given; see {@link org.seacorpus.document.SourceName}
 */
public record ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                            Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                            int commitEvery, Map<String, String> metadata, Duration commitInterval,
                            boolean followSymlinks, String sourceName, Path namingBase) {
    /**
     * The default {@code commitEvery}: documents written since the last checkpoint. Each checkpoint flushes every
     * worker's in-memory segment, so it sets the size of the segments an import writes and how much merging follows
     * (at 5,000, a 100k-document import wrote 40 segments of 2,500 documents and merged them all again, 7.5 % of its
     * CPU samples). With {@link #COMMIT_CHARS} it bounds the work a kill loses in documents and text, the same on a
     * loaded machine as on a quiet one (about 40 s of a 2-core machine's import at 1,300 documents a second).
     */
    public static final int DEFAULT_COMMIT_EVERY = 50_000;

    /**
     * Characters of text written since the last checkpoint that make one due (128 Mi, about 256 MB as Java holds
     * text): long documents reach it before {@link #DEFAULT_COMMIT_EVERY} does.
     */
    public static final long COMMIT_CHARS = 128L << 20;

    /**
     * The default {@code commitInterval}: a floor for slow imports only. It was 30 s, which on a loaded machine made
     * 19–59 commits of 10,000 to 100,000 documents where a quiet one made 3–4, each commit flushing, merging and
     * compiling Lucene's flush code again.
     */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMinutes(10);

    public ImportOptions {
        sourceName = org.seacorpus.document.SourceName.checkPrefix(sourceName);
        if (forcedLang != null) {
            org.seacorpus.lang.LanguageProfiles.builtIn().require(forcedLang);
        }
        paths = List.copyOf(paths);
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        dataset = dataset == null ? DatasetOptions.DEFAULTS : dataset;
        limits = limits == null ? ImportLimits.DEFAULTS : limits;
        threads = threads <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        commitEvery = commitEvery <= 0 ? DEFAULT_COMMIT_EVERY : commitEvery;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        commitInterval = commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()
                ? DEFAULT_COMMIT_INTERVAL : commitInterval;
    }

    /**
     * With the default commit interval, not following links out of the paths, sources named after the paths
     * given without a prefix.
     */
    public ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                         Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                         int commitEvery, Map<String, String> metadata) {
        this(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery, metadata, null,
                false, null, null);
    }

    /** Without attached metadata (the form before {@code metadata} existed). */
    public ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                         Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                         int commitEvery) {
        this(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery, null);
    }

    public static ImportOptions of(List<Path> paths) {
        return new ImportOptions(paths, null, null, null, null, null, null, 0, 0, null);
    }

    public ImportOptions withForcedLang(String lang) {
        return new ImportOptions(paths, includes, excludes, lang, tags, dataset, limits, threads, commitEvery,
                metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withTags(Set<String> newTags) {
        return new ImportOptions(paths, includes, excludes, forcedLang, newTags, dataset, limits, threads,
                commitEvery, metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withGlobs(List<String> newIncludes, List<String> newExcludes) {
        return new ImportOptions(paths, newIncludes, newExcludes, forcedLang, tags, dataset, limits, threads,
                commitEvery, metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withDataset(DatasetOptions newDataset) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, newDataset, limits, threads,
                commitEvery, metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, newLimits, threads,
                commitEvery, metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withThreads(int newThreads) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, newThreads,
                commitEvery, metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withCommitEvery(int documents) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, documents,
                metadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    public ImportOptions withMetadata(Map<String, String> newMetadata) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads,
                commitEvery, newMetadata, commitInterval, followSymlinks, sourceName, namingBase);
    }

    /** Checkpoints at least this often while documents are being written. */
    public ImportOptions withCommitInterval(Duration interval) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, interval, followSymlinks, sourceName, namingBase);
    }

    /** Follows (true) or skips and reports (false, the default) links that lead out of the paths given. */
    public ImportOptions withFollowSymlinks(boolean follow) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, commitInterval, follow, sourceName, namingBase);
    }

    /** Every source name starts with this prefix ({@code --source-name}); null for none. */
    public ImportOptions withSourceName(String prefix) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, commitInterval, followSymlinks, prefix, namingBase);
    }

    /** Sources are named relative to this folder (a pipeline file's); null names them after the paths given. */
    public ImportOptions withNamingBase(Path base) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, commitInterval, followSymlinks, sourceName, base);
    }
}
