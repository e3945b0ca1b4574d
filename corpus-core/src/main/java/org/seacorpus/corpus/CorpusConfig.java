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
    /**
     * The store layout this build reads and writes. 2: documents are named by portable source names and their
     * ids hash those (schema 1 hashed absolute file URIs); {@code corpus migrate} turns 1 into 2.
     */
    public static final int SCHEMA_VERSION = 2;

    /** A copy with another schema version. */
    public CorpusConfig withSchemaVersion(int version) {
        return new CorpusConfig(name, version, created, settings);
    }

    public CorpusConfig {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
