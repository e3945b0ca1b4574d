package org.seacorpus.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pipeline file ({@code corpus run PIPELINE.yaml}) as written: the corpus, the sources to import, the export
 * targets and the checks. Keys are snake_case; every key but {@code sources} has a default (docs/pipeline.md).
 * Paths are kept as written and resolved by {@link PipelineFile} against the file's own folder.
 *
 * @param name          names the pipeline in reports and in the source ledger (default: the file name)
 * @param corpus        the corpus home
 * @param sources       what to import, at least one
 * @param imports       how to import (key {@code import})
 * @param normalization reserved for the normalisation stages' settings; passed through and reported
 * @param langid        reserved for the language identifier's settings; passed through and reported
 * @param dedupe        reserved for {@code corpus dedupe}'s settings; passed through and reported
 * @param quality       reserved for the quality filter's settings; passed through and reported
 * @param export        export targets, none by default
 * @param checks        what must hold after the run
 */
public record PipelineConfig(String name, CorpusSettings corpus, List<SourceSettings> sources,
                             @JsonProperty("import") ImportSettings imports, Map<String, Object> normalization,
                             Map<String, Object> langid, Map<String, Object> dedupe, Map<String, Object> quality,
                             List<ExportTarget> export, CheckSettings checks) {
    public PipelineConfig {
        corpus = corpus == null ? new CorpusSettings(null, null, null) : corpus;
        sources = sources == null ? List.of() : List.copyOf(sources);
        imports = imports == null ? new ImportSettings(null, null, null, null) : imports;
        normalization = normalization == null ? Map.of() : normalization;
        langid = langid == null ? Map.of() : langid;
        dedupe = dedupe == null ? Map.of() : dedupe;
        quality = quality == null ? Map.of() : quality;
        export = export == null ? List.of() : List.copyOf(export);
        checks = checks == null ? new CheckSettings(null, null, null, null, null, null) : checks;
    }

    /**
     * The corpus home: {@code corpus: DIR} or {@code corpus: {home: DIR, name: N, create: true}}.
     *
     * @param home   folder of the corpus (default: {@code -C}, else {@code $CORPUS_HOME}, else {@code ./corpus})
     * @param name   name given when the run creates it (default: the folder name)
     * @param create create the corpus when the folder has none (default true)
     */
    public record CorpusSettings(String home, String name, Boolean create) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public CorpusSettings {
            create = create == null || create;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static CorpusSettings ofHome(String home) {
            return new CorpusSettings(home, null, null);
        }
    }

    /**
     * One group of inputs imported with the same options.
     *
     * @param name      names the group in reports and in the ledger (default {@code source-N}, N from 1)
     * @param paths     files, folders, archives or globs ({@code *}, {@code **}, {@code ?}, {@code [..]},
     *                  {@code {a,b}}), relative to the pipeline file's folder
     * @param include   globs a file in a folder must match (none: every file)
     * @param exclude   globs that skip files and folders
     * @param lang      language forced on every document instead of identifying it
     * @param tags      tags given to every document
     * @param metadata  metadata attached to every document ({@code meta.KEY})
     * @param textField dataset fields joined to make the text (default {@code text}); {@code a,b} or a list
     * @param idField   dataset field naming each row (default {@code id}, else the line number)
     * @param sourceName prefix of the portable names of this source's files ({@code source_name:
     *                  wiki-th/2025-01}), which the document ids hash; default none, the files are named by their
     *                  path relative to the pipeline file's folder (see {@link org.seacorpus.document.SourceName})
     * @param followSymlinks follow symbolic links that lead out of the source's paths (default false: they are
     *                  skipped and reported, as by {@code corpus import} without {@code --follow-symlinks})
     */
    public record SourceSettings(String name, List<String> paths, List<String> include, List<String> exclude,
                                 String lang, List<String> tags, Map<String, String> metadata,
                                 List<String> textField, String idField, String sourceName,
                                 boolean followSymlinks) {
        public SourceSettings {
            paths = paths == null ? List.of() : List.copyOf(paths);
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            tags = tags == null ? List.of() : List.copyOf(tags);
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
            textField = splitCommas(textField);
            idField = idField == null || idField.isBlank() ? "id" : idField.strip();
        }

        private static List<String> splitCommas(List<String> fields) {
            List<String> out = new ArrayList<>();
            if (fields != null) {
                for (String field : fields) {
                    for (String part : field.split(",")) {
                        if (!part.isBlank()) {
                            out.add(part.strip());
                        }
                    }
                }
            }
            return out.isEmpty() ? List.of("text") : List.copyOf(out);
        }
    }

    /**
     * How sources are imported.
     *
     * @param threads     worker threads (default 0: one per core)
     * @param commitEvery documents written between checkpoints (default 1000)
     * @param fingerprint {@code quick} (default): a file whose size and modification time match the ledger is
     *                    not read; {@code full}: every file is hashed
     * @param onMissing   {@code report} (default) or {@code mark} inputs that disappeared
     */
    public record ImportSettings(Integer threads, Integer commitEvery, Fingerprint fingerprint,
                                 OnMissing onMissing) {
        public ImportSettings {
            threads = threads == null ? 0 : threads;
            commitEvery = commitEvery == null ? 1_000 : commitEvery;
            fingerprint = fingerprint == null ? Fingerprint.QUICK : fingerprint;
            onMissing = onMissing == null ? OnMissing.REPORT : onMissing;
        }
    }

    /** How much of a file's fingerprint is checked before it is skipped as unchanged. */
    public enum Fingerprint { QUICK, FULL }

    /** What happens to the documents of an input that is gone. */
    public enum OnMissing { REPORT, MARK }

    /**
     * What must hold after the run; an unset check is not run.
     *
     * @param requiredLanguages       each needs at least one document with status ok
     * @param minDocumentsPerLanguage a number (for each required language) or {@code {lang: n, …}}
     * @param maxDuplicateRate        most duplicates among ok + duplicate documents (0–1)
     * @param maxFailedInputs         most failed inputs in this run (files, archive entries, dataset rows)
     * @param minQualityPassRate      least share of this run's documents passing the quality filter (0–1), one
     *                                share overall or one per language
     * @param onUnavailable           {@code warn} (default) or {@code fail} when a check cannot be evaluated
     */
    public record CheckSettings(List<String> requiredLanguages, MinDocuments minDocumentsPerLanguage,
                                Double maxDuplicateRate, Integer maxFailedInputs, QualityPassRate minQualityPassRate,
                                OnUnavailable onUnavailable) {
        public CheckSettings {
            requiredLanguages = requiredLanguages == null ? List.of() : List.copyOf(requiredLanguages);
            onUnavailable = onUnavailable == null ? OnUnavailable.WARN : onUnavailable;
        }
    }

    /** {@code min_documents_per_language}: one number for every required language, or one per language. */
    public record MinDocuments(Integer each, Map<String, Integer> byLanguage) {
        public MinDocuments {
            byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static MinDocuments of(int each) {
            return new MinDocuments(each, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static MinDocuments of(Map<String, Integer> byLanguage) {
            return new MinDocuments(null, byLanguage);
        }
    }

    /**
     * {@code min_quality_pass_rate}: one share for all documents together ({@code 0.8}), or a mapping with a
     * share per language and optionally {@code all} for all of them together ({@code {all: 0.5, th: 0.8}}).
     */
    public record QualityPassRate(Double overall, Map<String, Double> byLanguage) {
        /** The key of the mapping form that stands for all documents together. */
        public static final String ALL = "all";

        public QualityPassRate {
            byLanguage = byLanguage == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byLanguage));
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static QualityPassRate of(double overall) {
            return new QualityPassRate(overall, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static QualityPassRate of(Map<String, Double> shares) {
            Map<String, Double> languages = new TreeMap<>(shares);
            return new QualityPassRate(languages.remove(ALL), languages);
        }

        /** The limit as the report shows it: the number, or the mapping as written. */
        public Object limit() {
            if (byLanguage.isEmpty()) {
                return overall;
            }
            Map<String, Double> out = new LinkedHashMap<>();
            if (overall != null) {
                out.put(ALL, overall);
            }
            out.putAll(byLanguage);
            return out;
        }
    }

    /** What a check that cannot be evaluated does to the run. */
    public enum OnUnavailable { WARN, FAIL }
}
