package org.seacorpus.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.corpus.DocumentPipeline;

/**
 * The core's {@link DocumentPipeline}, built once per executor JVM and shared by its tasks: building loads the
 * language-ID model, segmenters and word lists, which is far too slow to repeat per task. Keyed by the options
 * that decide what it builds, so jobs with other settings in the same JVM (tests) get their own.
 */
final class SparkPipelines {
    private static final Map<String, DocumentPipeline> BUILT = new ConcurrentHashMap<>();

    private SparkPipelines() {
    }

    /** The shared pipeline for these options; each caller takes {@link DocumentPipeline#withNewCounts} of it. */
    static DocumentPipeline get(PrepareOptions options) {
        String key = options.settings() + "|" + options.settingsDir() + "|" + options.importOptions();
        return BUILT.computeIfAbsent(key, k -> DocumentPipeline.create(options.settings(),
                options.settingsDir() == null ? Path.of(".") : Path.of(options.settingsDir()),
                options.importOptions()));
    }
}
