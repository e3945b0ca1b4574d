package org.seacorpus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A generator's {@code truth.jsonl} in compact arrays indexed by document number ({@code g00000042} is 42):
 * family, kind, script, base and (when recorded) the Jaccard similarity to the base.
 */
final class GroundTruth {
    final int[] family;
    final String[] kinds;
    final byte[] kind;
    final String[] scripts;
    final byte[] script;
    final int[] base;
    final float[] jaccard;

    private GroundTruth(int size) {
        family = new int[size];
        kind = new byte[size];
        script = new byte[size];
        base = new int[size];
        jaccard = new float[size];
        kinds = new String[64];
        scripts = new String[64];
    }

    int size() {
        return family.length;
    }

    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    static GroundTruth read(Path file) throws IOException {
        long count;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            count = lines.count();
        }
        GroundTruth t = new GroundTruth((int) count);
        Map<String, Integer> families = new HashMap<>();
        Map<String, Byte> kindCodes = new HashMap<>();
        Map<String, Byte> scriptCodes = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = BenchCommand.JSON.readTree(line);
                int i = index(row.get("id").asText());
                t.family[i] = families.computeIfAbsent(row.get("family").asText(), f -> families.size());
                t.kind[i] = code(row.get("kind").asText(), kindCodes, t.kinds);
                t.script[i] = code(row.get("script").asText(), scriptCodes, t.scripts);
                t.base[i] = index(row.get("base").asText());
                t.jaccard[i] = row.has("jaccard") ? (float) row.get("jaccard").asDouble() : Float.NaN;
            }
        }
        return t;
    }

    private static byte code(String value, Map<String, Byte> codes, String[] names) {
        return codes.computeIfAbsent(value, v -> {
            byte c = (byte) codes.size();
            names[c] = v;
            return c;
        });
    }
}
