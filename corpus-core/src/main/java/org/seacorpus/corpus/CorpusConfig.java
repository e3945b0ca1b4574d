package org.seacorpus.corpus;

import java.util.Map;

/**
 * The contents of {@code corpus.yaml}.
 *
 * @param name          a human name for the corpus
 * @param schemaVersion version of the store layout; a corpus newer than this build refuses to open
 * @param created       when it was created (ISO-8601)
 * @param settings      overrides of the language profiles and defaults (read by later stages)
 */
public record CorpusConfig(String name, int schemaVersion, String created, Map<String, Object> settings) {
    /** The store layout this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public CorpusConfig {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
