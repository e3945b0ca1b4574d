package org.seacorpus.dedupe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * What the last dedupe run compared, so the next run only compares documents imported after it. It is kept in
 * the user data of the index commit that holds the run's marks ({@link #COMMIT_KEY}), so marks and state never
 * disagree after a crash; corpora deduplicated before that kept it in {@code <home>/dedupe-state.json}, which is
 * still read. A document's import time is kept when curation or dedupe changes it and renewed when a changed
 * input re-imports it, so "imported after the watermark" is exactly "not yet compared".
 *
 * @param markingKey the options that decided the marks ({@link DedupeOptions#markingKey})
 * @param watermark  the latest import time (epoch ms) among the documents compared
 * @param finishedAt when the run finished (ISO-8601)
 */
public record DedupeState(String markingKey, long watermark, String finishedAt) {
    public static final String FILE = "dedupe-state.json";
    /** Commit user-data key of the state. */
    public static final String COMMIT_KEY = "seacorpus.dedupe_state";
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

    /** True when {@code other} compared the same documents with the same options (only the time differs). */
    public boolean sameRunAs(DedupeState other) {
        return other != null && markingKey.equals(other.markingKey) && watermark == other.watermark;
    }

    /** The state as one line of JSON (for the commit user data). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + this, e);
        }
    }

    /** The state written by {@link #toJson}. */
    public static DedupeState fromJson(String json) {
        try {
            return JSON.readValue(json, DedupeState.class);
        } catch (IOException e) {
            throw new IllegalStateException("the index commit holds an unreadable dedupe state (" + e.getMessage()
                    + "); run dedupe with --full", e);
        }
    }

    /** Deletes the state file of older corpora (the state now lives in the index commit). */
    public static void reset(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE));
    }
}
