package org.seacorpus.spark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The {@code settings} of a corpus.yaml given with {@code --settings}, and the folder its paths are relative to. */
record SettingsFile(Map<String, Object> settings, String dir) {
    static SettingsFile read(String file) {
        if (file == null) {
            return new SettingsFile(Map.of(), null);
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--settings " + file + ": no such file");
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
            JsonNode settings = root == null ? null : root.get("settings");
            @SuppressWarnings("unchecked")
            Map<String, Object> map = settings == null || settings.isNull() ? Map.of()
                    : new ObjectMapper().convertValue(settings, Map.class);
            return new SettingsFile(map, path.getParent().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("--settings " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
