package org.seacorpus.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.seacorpus.util.LongIntHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;

/**
 * Finds training documents that share a long n-gram ({@link NgramFingerprints}) with benchmark or test data, so
 * they can be dropped or flagged before a model sees its own test set. Benchmark files: JSON Lines
 * ({@code .jsonl}, {@code .ndjson}, also {@code .gz}/{@code .zst}), where every string value of a line counts,
 * or any other text file, where every line counts. Built once, then thread-safe for {@link #matches}.
 */
final class Decontaminator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NgramFingerprints fingerprints;
    private final LongIntHashMap owner = new LongIntHashMap(1 << 16);
    private final List<Benchmark> benchmarks = new ArrayList<>();

    /** One benchmark file as loaded: its name in reports, the texts read and the n-grams they gave. */
    record Benchmark(String file, String sha256, long texts, long ngrams) {
    }

    private Decontaminator(NgramFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /**
     * @throws ExportException naming the file when one cannot be read
     */
    static Decontaminator load(List<Path> files, int words, int chars) {
        Decontaminator d = new Decontaminator(new NgramFingerprints(words, chars));
        for (Path file : files) {
            d.add(file);
        }
        return d;
    }

    private void add(Path file) {
        int index = benchmarks.size();
        long[] texts = {0};
        long before = owner.size();
        String name = file.getFileName().toString();
        boolean jsonl = name.matches("(?i).*\\.(jsonl|ndjson)(\\.gz|\\.zst)?");
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file, sha), StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (jsonl) {
                    JsonNode node;
                    try {
                        node = JSON.readTree(line);
                    } catch (IOException e) {
                        throw new ExportException("benchmark file " + file + " line " + number + " is not JSON: "
                                + e.getMessage().lines().findFirst().orElse("") + "; give JSON Lines or plain text");
                    }
                    strings(node, text -> addText(text, index, texts));
                } else {
                    addText(line, index, texts);
                }
            }
        } catch (IOException e) {
            throw new ExportException("cannot read benchmark file " + file + ": " + e.getMessage());
        }
        benchmarks.add(new Benchmark(name, java.util.HexFormat.of().formatHex(sha.digest()), texts[0],
                owner.size() - before));
    }

    private void addText(String text, int index, long[] texts) {
        texts[0]++;
        fingerprints.forEach(text, hash -> {
            if (!owner.containsKey(hash)) {
                owner.put(hash, index);
            }
        });
    }

    private static void strings(JsonNode node, java.util.function.Consumer<String> sink) {
        if (node.isTextual()) {
            sink.accept(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> strings(child, sink));
        }
    }

    /** The file's text, decompressed by its suffix; {@code sha} sees the bytes as stored. */
    private static InputStream open(Path file, java.security.MessageDigest sha) throws IOException {
        InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), sha);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (name.endsWith(".zst")) {
            return new ZstdInputStream(in);
        }
        return in;
    }

    /** The names of the benchmark files that share an n-gram with {@code text}; empty when it is clean. */
    List<String> matches(String text) {
        TreeSet<Integer> hits = new TreeSet<>();
        fingerprints.forEach(text, hash -> {
            int index = owner.get(hash, -1);
            if (index >= 0) {
                hits.add(index);
            }
        });
        List<String> out = new ArrayList<>(hits.size());
        hits.forEach(i -> out.add(benchmarks.get(i).file()));
        return out;
    }

    List<Benchmark> benchmarks() {
        return List.copyOf(benchmarks);
    }
}
