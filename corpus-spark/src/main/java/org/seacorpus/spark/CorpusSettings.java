package org.seacorpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The corpus settings a prepare run used ({@code settings} of a corpus.yaml, and the folder its paths are relative
 * to), kept as {@value #FILE} in every job's output, so that dedupe, export and index segment, sign and filter as
 * prepare did without being told again.
 *
 * @param settings the settings map (empty for the defaults)
 * @param dir      where relative paths in them point from, or null
 */
public record CorpusSettings(Map<String, Object> settings, String dir) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FILE = "settings.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<CorpusSettings, Segmenters> SEGMENTERS = new ConcurrentHashMap<>();

    public CorpusSettings {
        settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
    }

    public static final CorpusSettings DEFAULTS = new CorpusSettings(Map.of(), null);

    DedupeSettings dedupe() {
        return DedupeSettings.from(settings);
    }

    /** The segmenters of these settings, built once per JVM (executors reuse them across tasks). */
    Segmenters segmenters() {
        return SEGMENTERS.computeIfAbsent(this, s -> new Segmenters(LanguageProfiles.builtIn(),
                SegmentOptions.fromSettings(s.settings(), s.dir() == null ? Path.of(".") : Path.of(s.dir()))));
    }

    void write(Configuration hadoop, String folder) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, FILE);
        try (OutputStream out = file.getFileSystem(hadoop).create(file, true)) {
            JSON.writeValue(out, this);
        }
    }

    /** The settings kept in a job's output folder (the defaults when there is no file). */
    static CorpusSettings read(Configuration hadoop, String folder) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, FILE);
        FileSystem fs = file.getFileSystem(hadoop);
        if (!fs.exists(file)) {
            return DEFAULTS;
        }
        try (InputStream in = fs.open(file)) {
            return JSON.readValue(in, CorpusSettings.class);
        }
    }
}
