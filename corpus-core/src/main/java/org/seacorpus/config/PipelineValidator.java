package org.seacorpus.config;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.SplitSpec;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityFilter;

/**
 * The checks a pipeline file must pass after it was read: something to import, known languages, numbers in
 * range, and no corpus or export folder inside a folder being imported (the next run would import it).
 * Each problem is raised at its key through {@code error(pointer, message)}.
 */
final class PipelineValidator {
    private final PipelineFile pipeline;
    private final PipelineConfig config;
    private final LanguageProfiles profiles;
    private final BiFunction<String, String, PipelineConfigException> error;

    PipelineValidator(PipelineFile pipeline, LanguageProfiles profiles,
                      BiFunction<String, String, PipelineConfigException> error) {
        this.pipeline = pipeline;
        this.config = pipeline.config();
        this.profiles = profiles;
        this.error = error;
    }

    void validate() {
        sources();
        importSettings();
        quality(config.quality(), "/quality");
        exports();
        checks();
        folders();
    }

    private void sources() {
        if (config.sources().isEmpty()) {
            throw error.apply("/sources", "no sources: add at least one under 'sources:', e.g. "
                    + "'sources: [{paths: [texts/]}]'");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < config.sources().size(); i++) {
            PipelineConfig.SourceSettings source = config.sources().get(i);
            String at = "/sources/" + i;
            if (source.paths().isEmpty()) {
                throw error.apply(at, "source '" + pipeline.sourceName(i) + "' has no paths; add 'paths:' with "
                        + "files, folders, archives or globs (relative to this file's folder)");
            }
            for (int j = 0; j < source.paths().size(); j++) {
                if (source.paths().get(j) == null || source.paths().get(j).isBlank()) {
                    throw error.apply(at + "/paths/" + j, "empty path; expected a file, folder, archive or glob");
                }
            }
            if (!names.add(pipeline.sourceName(i))) {
                throw error.apply(at + "/name", "two sources are named '" + pipeline.sourceName(i)
                        + "'; give each source its own name (the ledger tells them apart by it)");
            }
            if (source.lang() != null) {
                language(source.lang(), at + "/lang");
            }
            try {
                org.seacorpus.document.SourceName.checkPrefix(source.sourceName());
            } catch (IllegalArgumentException e) {
                throw error.apply(at + "/source_name", e.getMessage());
            }
            for (String key : source.metadata().keySet()) {
                if (key.isBlank()) {
                    throw error.apply(at + "/metadata", "empty metadata key; expected 'key: value' pairs");
                }
            }
        }
    }

    private void importSettings() {
        if (config.imports().threads() < 0) {
            throw error.apply("/import/threads", "threads must be 0 (one per core) or more, not "
                    + config.imports().threads());
        }
        if (config.imports().commitEvery() < 1) {
            throw error.apply("/import/commit_every", "commit_every must be 1 or more documents, not "
                    + config.imports().commitEvery());
        }
    }

    private void exports() {
        Set<Path> outs = new HashSet<>();
        for (int i = 0; i < config.export().size(); i++) {
            ExportTarget target = config.export().get(i);
            String at = "/export/" + i;
            if (target.out() == null || target.out().isBlank()) {
                throw error.apply(at, "export target has no 'out:'; expected the folder to write the files to");
            }
            if (!outs.add(pipeline.resolve(target.out()))) {
                throw error.apply(at + "/out", "two export targets write to " + pipeline.resolve(target.out())
                        + "; give each its own folder");
            }
            if (target.shardRows() < 1) {
                throw error.apply(at + "/shard_rows", "shard_rows must be 1 or more, not " + target.shardRows());
            }
            for (int j = 0; j < target.langs().size(); j++) {
                language(target.langs().get(j), at + "/langs/" + j);
            }
            exportOptions(target, at);
        }
    }

    /** The options {@code corpus export} would refuse, refused here with their line. */
    private void exportOptions(ExportTarget target, String at) {
        for (int j = 0; j < target.tags().size(); j++) {
            if (target.tags().get(j) == null || target.tags().get(j).isBlank()) {
                throw error.apply(at + "/tags/" + j, "empty tag; expected the tag documents must carry");
            }
        }
        try {
            ExportOptions.parseSize(target.shardSize());
        } catch (IllegalArgumentException e) {
            throw error.apply(at + "/shard_size", "shard_size " + e.getMessage() + " (bytes per file)");
        }
        try {
            SplitSpec.parse(target.split().spec(), target.seed());
        } catch (IllegalArgumentException e) {
            throw error.apply(at + "/split", e.getMessage() + "; expected e.g. train=0.98,validation=0.01,test=0.01"
                    + " or {train: 0.98, validation: 0.01, test: 0.01}");
        }
        if (!target.qualitySet().isEmpty() && !target.quality()) {
            throw error.apply(at + "/quality_set", "quality_set has no effect without the quality filter; add "
                    + "'quality: true' to this target or remove quality_set");
        }
        quality(target.qualitySet(), at + "/quality_set");
        for (int j = 0; j < target.decontaminate().size(); j++) {
            String written = target.decontaminate().get(j);
            if (written == null || written.isBlank()) {
                throw error.apply(at + "/decontaminate/" + j, "empty path; expected a benchmark file (JSONL or text)");
            }
            Path file = pipeline.resolve(written);
            if (!Files.isRegularFile(file)) {
                throw error.apply(at + "/decontaminate/" + j, "benchmark file " + file + " does not exist or is not "
                        + "a file; paths are relative to the pipeline file's folder");
            }
        }
    }

    /** Threshold overrides: known languages, known keys, values of the right kind. */
    private void quality(Map<String, Object> overrides, String at) {
        Map<String, Map<String, Object>> merged = QualityOverrideMap.merge(overrides);
        for (String lang : merged.keySet()) {
            if (!QualityFilter.ALL_LANGUAGES.equals(lang)) {
                language(lang, at + "/" + lang);
            }
        }
        try {
            QualityFilter.of(profiles, merged);
        } catch (IllegalArgumentException e) {
            throw error.apply(at, e.getMessage() + "; write overrides as KEY: VALUE (all languages), LANG.KEY: VALUE"
                    + " or LANG: {KEY: VALUE}, with the threshold keys of docs/export.md");
        }
    }

    private void checks() {
        PipelineConfig.CheckSettings checks = config.checks();
        for (int j = 0; j < checks.requiredLanguages().size(); j++) {
            language(checks.requiredLanguages().get(j), "/checks/required_languages/" + j);
        }
        PipelineConfig.MinDocuments min = checks.minDocumentsPerLanguage();
        String at = "/checks/min_documents_per_language";
        if (min != null && min.each() != null) {
            if (min.each() < 0) {
                throw error.apply(at, "min_documents_per_language must be 0 or more, not " + min.each());
            }
            if (checks.requiredLanguages().isEmpty()) {
                throw error.apply(at, "min_documents_per_language as one number applies to each of "
                        + "required_languages, which is empty; list the languages there, or write "
                        + "{th: " + min.each() + ", …}");
            }
        }
        if (min != null) {
            for (Map.Entry<String, Integer> entry : min.byLanguage().entrySet()) {
                language(entry.getKey(), at + "/" + entry.getKey());
                if (entry.getValue() == null || entry.getValue() < 0) {
                    throw error.apply(at + "/" + entry.getKey(), "expected a number of documents, 0 or more, for '"
                            + entry.getKey() + "', not " + entry.getValue());
                }
            }
        }
        rate(checks.maxDuplicateRate(), "/checks/max_duplicate_rate");
        PipelineConfig.QualityPassRate quality = checks.minQualityPassRate();
        if (quality != null) {
            rate(quality.overall(), "/checks/min_quality_pass_rate");
            for (Map.Entry<String, Double> entry : quality.byLanguage().entrySet()) {
                String key = "/checks/min_quality_pass_rate/" + entry.getKey();
                language(entry.getKey(), key);
                if (entry.getValue() == null) {
                    throw error.apply(key, "expected a share between 0 and 1 for '" + entry.getKey() + "'");
                }
                rate(entry.getValue(), key);
            }
        }
        if (checks.maxFailedInputs() != null && checks.maxFailedInputs() < 0) {
            throw error.apply("/checks/max_failed_inputs", "max_failed_inputs must be 0 or more, not "
                    + checks.maxFailedInputs());
        }
    }

    private void rate(Double value, String at) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw error.apply(at, "expected a share between 0 and 1 (0.05 = 5 %), not " + value);
        }
    }

    private void language(String code, String at) {
        try {
            profiles.require(code);
        } catch (org.seacorpus.lang.UnknownLanguageException e) {
            if (e.getMessage().contains("did you mean")) {
                throw error.apply(at, e.getMessage());
            }
            List<String> known = profiles.all().stream().map(LanguageProfile::code).sorted().toList();
            String hint = Suggestions.closest(code, known).map(s -> "; did you mean '" + s + "'?").orElse("");
            throw error.apply(at, "unknown language '" + code + "'" + hint + " Known: " + String.join(", ", known));
        }
    }

    /** The corpus and the exports must not be walked by a source, or the next run imports them. */
    private void folders() {
        Path home = config.corpus().home() == null ? null : pipeline.resolve(config.corpus().home());
        for (int i = 0; i < config.sources().size(); i++) {
            PipelineConfig.SourceSettings source = config.sources().get(i);
            for (String written : source.paths()) {
                Path root = SourcePaths.fixedPrefix(pipeline.baseDir(), written);
                if (home != null && inside(home, root, source.exclude())) {
                    throw error.apply("/corpus", "the corpus home " + home + " is inside source path " + root
                            + "; the next run would import the index. Move it out, or exclude it in that source");
                }
                for (int t = 0; t < config.export().size(); t++) {
                    Path out = pipeline.resolve(config.export().get(t).out());
                    if (inside(out, root, source.exclude())) {
                        throw error.apply("/export/" + t + "/out", "export folder " + out + " is inside source path "
                                + root + "; the next run would import the export. Move it out, or exclude it");
                    }
                }
            }
        }
    }

    /** True when the walk of {@code root} would reach {@code target}: inside it, not hidden, not excluded. */
    private static boolean inside(Path target, Path root, List<String> excludes) {
        if (!target.startsWith(root) || target.equals(root)) {
            return target.equals(root);
        }
        List<PathMatcher> matchers = excludes.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        Path relative = root.relativize(target);
        for (int n = 1; n <= relative.getNameCount(); n++) {
            Path prefix = relative.subpath(0, n);
            Path name = prefix.getFileName();
            if (name.toString().startsWith(".")) {
                return false;
            }
            for (PathMatcher m : matchers) {
                if (m.matches(prefix) || m.matches(name)) {
                    return false;
                }
            }
        }
        return true;
    }
}
