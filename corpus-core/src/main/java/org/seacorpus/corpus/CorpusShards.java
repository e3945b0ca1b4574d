package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus kept as several shards, each a corpus home of its own (as corpus-spark's {@code index} job writes one
 * per output shard), listed in {@value #FILE} in their parent folder. {@link Corpus#open} opens such a folder
 * read-only: search, statistics, concordances and export see every shard at once; nothing can be written to it.
 *
 * @param name   the corpus's name
 * @param shards the shard folders, relative to the folder of {@value #FILE}, in order
 */
public record CorpusShards(String name, List<String> shards) {
    /** The file that makes a folder a set of shards. */
    public static final String FILE = "shards.json";

    public CorpusShards {
        shards = List.copyOf(shards);
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("a set of shards lists at least one shard");
        }
    }

    /** True when {@code dir} holds a {@value #FILE}. */
    public static boolean isShardSet(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** Reads {@value #FILE} of {@code dir}. */
    public static CorpusShards read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return CorpusHome.JSON.readValue(file.toFile(), CorpusShards.class);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@value #FILE} into {@code dir}. */
    public void write(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            CorpusHome.JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new CorpusException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The shard homes, resolved against {@code dir}. */
    List<Path> homes(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String shard : shards) {
            out.add(dir.resolve(shard).toAbsolutePath().normalize());
        }
        return out;
    }
}
