package org.seacorpus.corpus;

import java.nio.file.Path;
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
 * @param commitEvery  documents between checkpoints (a killed import keeps what was committed)
 * @param metadata     metadata attached to every imported document (its {@code meta.*} fields); a key given
 *                     here replaces the same key found in the input
 * @param sourceName   prefix of every source name ({@code --source-name wiki-th/2025-01}), or null
 * @param namingBase   the folder sources are named relative to (a pipeline file's folder), or null to name them
 *                     after the paths given; see {@link org.seacorpus.document.SourceName}
 */
public record ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                            Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                            int commitEvery, Map<String, String> metadata, String sourceName, Path namingBase) {
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
        commitEvery = commitEvery <= 0 ? 5_000 : commitEvery;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Sources named after the paths given, without a prefix. */
    public ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                         Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                         int commitEvery, Map<String, String> metadata) {
        this(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery, metadata, null,
                null);
    }

    /** Without attached metadata (the form before {@code metadata} existed). */
    public ImportOptions(List<Path> paths, List<String> includes, List<String> excludes, String forcedLang,
                         Set<String> tags, DatasetOptions dataset, ImportLimits limits, int threads,
                         int commitEvery) {
        this(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery, null);
    }

    public static ImportOptions of(List<Path> paths) {
        return new ImportOptions(paths, null, null, null, null, null, null, 0, 0, null, null, null);
    }

    public ImportOptions withForcedLang(String lang) {
        return new ImportOptions(paths, includes, excludes, lang, tags, dataset, limits, threads, commitEvery,
                metadata, sourceName, namingBase);
    }

    public ImportOptions withTags(Set<String> newTags) {
        return new ImportOptions(paths, includes, excludes, forcedLang, newTags, dataset, limits, threads,
                commitEvery, metadata, sourceName, namingBase);
    }

    public ImportOptions withGlobs(List<String> newIncludes, List<String> newExcludes) {
        return new ImportOptions(paths, newIncludes, newExcludes, forcedLang, tags, dataset, limits, threads,
                commitEvery, metadata, sourceName, namingBase);
    }

    public ImportOptions withDataset(DatasetOptions newDataset) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, newDataset, limits, threads,
                commitEvery, metadata, sourceName, namingBase);
    }

    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, newLimits, threads,
                commitEvery, metadata, sourceName, namingBase);
    }

    public ImportOptions withThreads(int newThreads) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, newThreads,
                commitEvery, metadata, sourceName, namingBase);
    }

    public ImportOptions withCommitEvery(int documents) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, documents,
                metadata, sourceName, namingBase);
    }

    public ImportOptions withMetadata(Map<String, String> newMetadata) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads,
                commitEvery, newMetadata, sourceName, namingBase);
    }

    /** Every source name starts with this prefix ({@code --source-name}); null for none. */
    public ImportOptions withSourceName(String prefix) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, prefix, namingBase);
    }

    /** Sources are named relative to this folder (a pipeline file's); null names them after the paths given. */
    public ImportOptions withNamingBase(Path base) {
        return new ImportOptions(paths, includes, excludes, forcedLang, tags, dataset, limits, threads, commitEvery,
                metadata, sourceName, base);
    }
}
