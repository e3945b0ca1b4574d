package org.seacorpus.dedupe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * What the last dedupe run compared, kept in {@code <home>/dedupe-state.json} so the next run only compares
 * documents imported after it. A document's import time is kept when curation or dedupe rewrites it and renewed
 * when a changed input re-imports it, so "imported after the watermark" is exactly "not yet compared".
 *
 * @param markingKey the options that decided the marks ({@link DedupeOptions#markingKey})
 * @param watermark  the latest import time (epoch ms) among the documents compared
 * @param finishedAt when the run finished (ISO-8601)
 */
public record DedupeState(String markingKey, long watermark, String finishedAt) {
    public static final String FILE = "dedupe-state.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The state of the last run in a corpus home, or null when there was none (or undo reset it). */
    public static DedupeState read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), DedupeState.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + " (" + e.getMessage()
                    + "); delete it and the next dedupe compares everything", e);
        }
    }

    public void write(Path home) throws IOException {
        Path file = home.resolve(FILE);
        Path tmp = home.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last run: the next one compares everything. */
    public static void reset(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE));
    }
}
