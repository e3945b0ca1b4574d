package org.seacorpus.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output files of one language code, laid out the Hugging Face way: {@code <code>/<split>-00000-of-00003.<ext>}.
 * A file is started per split when the first row arrives and rotated when it reaches the row or size limit.
 * Files are written under a {@code .partial} name and renamed once the language is done, when the total per
 * split ({@code -of-NNNNN}) is known. Not thread-safe.
 */
final class ShardSet implements AutoCloseable {
    private final Path dir;
    private final String code;
    private final ExportOptions options;
    private final Map<String, RowWriter> open = new LinkedHashMap<>();
    private final Map<String, List<RowWriter>> done = new LinkedHashMap<>();

    ShardSet(Path out, String code, ExportOptions options) {
        this.dir = out.resolve(code);
        this.code = code;
        this.options = options;
    }

    void write(String split, ExportRow row) throws IOException {
        RowWriter writer = open.get(split);
        if (writer != null && full(writer, options)) {
            writer.close();
            done.computeIfAbsent(split, s -> new ArrayList<>()).add(writer);
            writer = null;
        }
        if (writer == null) {
            int number = done.getOrDefault(split, List.of()).size();
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format("%s-%05d.%s.partial", split, number, extension()));
            writer = open(file, options);
            open.put(split, writer);
        }
        writer.write(row);
    }

    /** Closes every file, gives each its final name and returns them, split by split in first-seen order. */
    List<Manifest.FileEntry> finish() throws IOException {
        for (Map.Entry<String, RowWriter> e : open.entrySet()) {
            e.getValue().close();
            done.computeIfAbsent(e.getKey(), s -> new ArrayList<>()).add(e.getValue());
        }
        open.clear();
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (Map.Entry<String, List<RowWriter>> e : done.entrySet()) {
            List<RowWriter> shards = e.getValue();
            for (int i = 0; i < shards.size(); i++) {
                RowWriter shard = shards.get(i);
                String name = String.format("%s-%05d-of-%05d.%s", e.getKey(), i, shards.size(), extension());
                Files.move(shard.file(), dir.resolve(name));
                files.add(new Manifest.FileEntry(code + "/" + name, e.getKey(), code, shard.rows(), shard.bytes(),
                        shard.sha256()));
            }
        }
        done.clear();
        return files;
    }

    /** {@code jsonl.zst}, {@code txt.gz}, {@code parquet} (Parquet compresses inside the file). */
    String extension() {
        return extension(options);
    }

    static String extension(ExportOptions options) {
        return options.format() == ExportOptions.Format.PARQUET ? "parquet"
                : options.format().extension + options.compress().suffix;
    }

    /** A file is closed once it holds the rows or bytes a file may hold. */
    static boolean full(RowWriter writer, ExportOptions options) {
        return writer.rows() >= options.shardRows() || writer.size() >= options.shardBytes();
    }

    /** A new file in the export's format. */
    static RowWriter open(Path file, ExportOptions options) throws IOException {
        return switch (options.format()) {
            case PARQUET -> new ParquetRowWriter(file, options.compress());
            case CONLLU -> new ConlluRowWriter(file, options.compress());
            case VERT -> new VerticalRowWriter(file, options.compress());
            case JSONL, TXT -> new StreamRowWriter(file, options.format(), options.compress());
        };
    }

    /** Closes whatever is still open after a failure; the partial files stay for inspection. */
    @Override
    public void close() throws IOException {
        for (RowWriter writer : open.values()) {
            writer.close();
        }
        open.clear();
    }
}
