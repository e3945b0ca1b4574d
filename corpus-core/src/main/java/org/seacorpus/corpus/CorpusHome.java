package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The folder of a corpus: {@code corpus.yaml}, {@code index/} (the Lucene index, the store of record) and
 * {@code runs/} (one JSON report per job, the audit trail).
 */
public final class CorpusHome {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter RUN_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final CorpusConfig config;

    private CorpusHome(Path dir, CorpusConfig config) {
        this.dir = dir;
        this.config = config;
    }

    public Path dir() {
        return dir;
    }

    public Path indexDir() {
        return dir.resolve("index");
    }

    public Path runsDir() {
        return dir.resolve("runs");
    }

    public CorpusConfig config() {
        return config;
    }

    /** Creates a corpus home in an empty or missing folder; refuses a folder that already holds something. */
    public static CorpusHome create(Path dir, String name) {
        return create(dir, name, Map.of());
    }

    /** As {@link #create(Path, String)}, with {@code settings} in its corpus.yaml (a shard built elsewhere). */
    public static CorpusHome create(Path dir, String name, Map<String, Object> settings) {
        Path home = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(home.resolve("corpus.yaml"))) {
                throw new CorpusExistsException("a corpus already exists at " + home);
            }
            if (Files.exists(home) && !Files.isDirectory(home)) {
                throw new IllegalArgumentException(home + " is a file, not a folder; choose a new or empty folder");
            }
            if (Files.isDirectory(home)) {
                try (var entries = Files.list(home)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("folder " + home + " is not empty and holds no corpus "
                                + "(no corpus.yaml); choose a new or empty folder");
                    }
                }
            }
            Files.createDirectories(home.resolve("index"));
            Files.createDirectories(home.resolve("runs"));
            CorpusConfig config = new CorpusConfig(name == null || name.isBlank() ? home.getFileName().toString()
                    : name, CorpusConfig.SCHEMA_VERSION, Instant.now().toString(), settings);
            YAML.writeValue(home.resolve("corpus.yaml").toFile(), config);
            try (Directory directory = FSDirectory.open(home.resolve("index"));
                 IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.commit(); // an empty, valid index: readers can open it at once
            }
            return new CorpusHome(home, config);
        } catch (IOException e) {
            throw new CorpusException("cannot create corpus at " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing corpus home; a missing one, one written by a newer version, and one of an older schema
     * that holds documents (it needs {@code corpus migrate}, which the refusal spells out) are refused. An empty
     * corpus of an older schema is simply upgraded.
     */
    public static CorpusHome open(Path dir) {
        CorpusHome opened = openAnySchema(dir);
        if (opened.config.schemaVersion() < CorpusConfig.SCHEMA_VERSION) {
            String refusal = SchemaMigration.refusal(opened);
            if (refusal != null) {
                throw new CorpusOutdatedException(refusal);
            }
            opened.upgradeSchema(CorpusConfig.SCHEMA_VERSION);
            return openAnySchema(dir);
        }
        return opened;
    }

    /** Opens a corpus home whatever its (older) schema: for {@code corpus migrate}. */
    static CorpusHome openAnySchema(Path dir) {
        Path home = dir.toAbsolutePath().normalize();
        Path yaml = home.resolve("corpus.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new CorpusNotFoundException("no corpus at " + home + " (no corpus.yaml); create one with "
                    + "'corpus init " + dir + "' or point to one with -C/--corpus or CORPUS_HOME");
        }
        CorpusConfig config;
        try {
            config = YAML.readValue(yaml.toFile(), CorpusConfig.class);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + yaml + ": " + e.getMessage(), e);
        }
        if (config.schemaVersion() > CorpusConfig.SCHEMA_VERSION) {
            throw new CorpusException("corpus " + home + " has schema version " + config.schemaVersion()
                    + ", newer than this build reads (" + CorpusConfig.SCHEMA_VERSION + "); upgrade seacorpus");
        }
        if (!Files.isDirectory(home.resolve("index"))) {
            throw new CorpusException("corpus " + home + " has no index/ folder; it is damaged or incomplete");
        }
        return new CorpusHome(home, config);
    }

    /** Writes {@code corpus.yaml} again with another schema version (atomically). */
    void upgradeSchema(int version) {
        Path yaml = dir.resolve("corpus.yaml");
        Path tmp = dir.resolve("corpus.yaml.tmp");
        try {
            YAML.writeValue(tmp.toFile(), config.withSchemaVersion(version));
            Files.move(tmp, yaml, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CorpusException("cannot write " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** Appends a job's report to {@code runs/}: the audit trail. Returns the file written. */
    public Path appendRun(String kind, Object report) {
        Path file = runsDir().resolve(RUN_STAMP.format(Instant.now()) + "-" + kind + ".json");
        try {
            Files.createDirectories(runsDir());
            JSON.writeValue(file.toFile(), report);
            return file;
        } catch (IOException e) {
            throw new CorpusException("cannot write run report " + file + ": " + e.getMessage(), e);
        }
    }
}
