package org.seacorpus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSONL shards ({@code docs-00000.jsonl} …) written by {@code generate}, read back row by row or a shard at a
 * time, for the baselines that must see exactly the texts the import saw.
 */
final class GeneratedShards {
    /** One generated document: its id, text and the language the generator wrote it in. */
    record Row(String id, String text, String lang) {
    }

    private final List<Path> files;

    private GeneratedShards(List<Path> files) {
        this.files = files;
    }

    static GeneratedShards in(Path dir) {
        try (var list = Files.list(dir)) {
            List<Path> files = list.filter(f -> f.getFileName().toString().matches("docs-\\d+\\.jsonl")).sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no docs-*.jsonl in " + dir + "; write them with generate");
            }
            return new GeneratedShards(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    List<Path> files() {
        return files;
    }

    /** All rows of one shard, in file order. */
    static List<Row> read(Path shard) {
        List<Row> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode row = BenchCommand.JSON.readTree(line);
                    out.add(new Row(row.get("id").asText(), row.get("text").asText(), row.get("lang").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
        }
        return out;
    }
}
