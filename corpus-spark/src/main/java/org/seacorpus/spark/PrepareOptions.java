package org.seacorpus.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.ingest.DatasetOptions;

/**
 * What the {@code prepare} job reads and how: the same choices as {@code corpus import}. Serializable: the options
 * travel to the executors.
 *
 * @param inputs       files and folders (local paths or URIs: {@code file:}, {@code hdfs:}, {@code s3a:} …)
 * @param out          the output folder (written whole or not at all)
 * @param root         the folder source names are taken relative to (null: each input's own folder), as the
 *                     import root of {@code corpus import}
 * @param sourceName   a prefix for the source names ({@code --source-name}), or null
 * @param settings     the {@code settings} of a corpus.yaml (normalisation, language ID model, dictionaries,
 *                     dedupe shingles, quality); empty for the defaults
 * @param settingsDir  where relative paths in the settings point from (a corpus home), or null
 * @param forcedLang   language that overrides identification, or null
 * @param tags         tags given to every document
 * @param metadata     metadata given to every document
 * @param textFields   dataset fields that make the text
 * @param idField      dataset field that names a row
 * @param includes     globs a file must match (empty: all)
 * @param excludes     globs that skip files and folders
 * @param overwrite    replace an earlier output in {@code out}
 * @param tasks        read tasks (0: about three per core of the cluster, at most one per file)
 */
public record PrepareOptions(List<String> inputs, String out, String root, String sourceName,
                             Map<String, Object> settings, String settingsDir, String forcedLang, Set<String> tags,
                             Map<String, String> metadata, List<String> textFields, String idField,
                             List<String> includes, List<String> excludes, boolean overwrite, int tasks)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public PrepareOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("prepare needs at least one input path");
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("prepare needs an output folder (--out)");
        }
        inputs = List.copyOf(inputs);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        textFields = textFields == null ? List.of() : List.copyOf(textFields);
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        sourceName = sourceName == null || sourceName.isBlank() ? null : sourceName;
        forcedLang = forcedLang == null || forcedLang.isBlank() ? null : forcedLang;
    }

    /** Inputs and output only; every other choice at its default. */
    public static PrepareOptions of(List<String> inputs, String out) {
        return new PrepareOptions(inputs, out, null, null, null, null, null, null, null, null, null, null, null,
                false, 0);
    }

    public PrepareOptions withOverwrite(boolean value) {
        return new PrepareOptions(inputs, out, root, sourceName, settings, settingsDir, forcedLang, tags, metadata,
                textFields, idField, includes, excludes, value, tasks);
    }

    public PrepareOptions withTasks(int value) {
        return new PrepareOptions(inputs, out, root, sourceName, settings, settingsDir, forcedLang, tags, metadata,
                textFields, idField, includes, excludes, overwrite, value);
    }

    /** The import options the core's pipeline is built with (paths are not used: the job lists the inputs). */
    ImportOptions importOptions() {
        return ImportOptions.of(List.of()).withForcedLang(forcedLang).withTags(tags)
                .withDataset(new DatasetOptions(textFields, idField)).withMetadata(metadata);
    }
}
