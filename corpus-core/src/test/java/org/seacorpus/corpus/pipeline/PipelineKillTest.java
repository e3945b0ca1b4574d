package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.document.DocumentId;
import org.seacorpus.index.Fields;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Resumability: a pipeline process killed with SIGKILL (destroyForcibly) in the middle of its import, then run
 * again, ends with exactly the expected documents: none lost, none twice. Once over thousands of small files
 * (checkpoints between files) and once over one large JSONL dataset (checkpoints inside a file).
 */
class PipelineKillTest {
    private static final String[] SENTENCES = {
        "ชาวนาหมู่บ้านที่ %d เก็บเกี่ยวข้าวได้ %d กระสอบในฤดูนี้",
        "ຊາວບ້ານໝູ່ທີ %d ປູກເຂົ້າໜຽວໄດ້ %d ກະສອບໃນປີນີ້",
        "កសិករភូមិទី %d ប្រមូលផលស្រូវបាន %d បាវនៅរដូវនេះ",
    };

    @TempDir
    Path tmp;

    private static String text(int n) {
        return SENTENCES[n % SENTENCES.length].formatted(n, n * 7 + 3);
    }

    @Test
    void aRunKilledAmongThousandsOfFilesFinishesOnTheNextRun() throws Exception {
        int total = 1_000;
        Path data = tmp.resolve("data");
        Set<String> expected = new HashSet<>();
        for (int n = 0; n < total; n++) {
            Path file = data.resolve(String.format("batch-%02d/doc-%05d.txt", n / 100, n));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(n), StandardCharsets.UTF_8);
            // named relative to the pipeline file's folder
            expected.add(DocumentId.of(String.format("data/batch-%02d/doc-%05d.txt", n / 100, n), ""));
        }
        PipelineFile pipeline = pipeline("data", 50);

        long committed = killDuringImport(pipeline, 150, total);
        PipelineReport resumed = rerun(pipeline);
        assertThat(resumed.importStep().filesUnchanged()).as("files the ledger recorded before the kill")
                .isPositive().isLessThanOrEqualTo(committed);
        assertThat(resumed.importStep().added()).isEqualTo(total - committed);
        assertThat(resumed.importStep().added() + resumed.importStep().unchanged()).isEqualTo(total);
        assertExactly(storedIds(), expected);

        PipelineReport third = rerun(pipeline);
        assertThat(third.importStep().added() + third.importStep().updated()).isZero();
        assertThat(third.importStep().filesUnchanged()).isEqualTo(total);
    }

    @Test
    void aRunKilledInsideALargeDatasetFinishesOnTheNextRun() throws Exception {
        int total = 3_000;
        Path dataset = tmp.resolve("data/rows.jsonl");
        Files.createDirectories(dataset.getParent());
        Set<String> expected = new HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(dataset, StandardCharsets.UTF_8)) {
            for (int n = 0; n < total; n++) {
                out.write("{\"id\": \"row-" + n + "\", \"text\": \"" + text(n) + "\"}\n");
                expected.add(DocumentId.of("data/rows.jsonl", "id=row-" + n));
            }
        }
        PipelineFile pipeline = pipeline("data/rows.jsonl", 100);

        long committed = killDuringImport(pipeline, 300, total);
        PipelineReport resumed = rerun(pipeline);
        assertThat(resumed.importStep().filesNew()).as("the file never finished, so the ledger lacks it").isOne();
        assertThat(resumed.importStep().unchanged()).as("rows committed before the kill").isEqualTo(committed);
        assertThat(resumed.importStep().added()).isEqualTo(total - committed);
        assertExactly(storedIds(), expected);
        assertThat(rerun(pipeline).importStep().inputs()).isZero();
    }

    private PipelineFile pipeline(String paths, int commitEvery) throws Exception {
        Path file = Files.writeString(tmp.resolve("pipeline.yaml"), """
                corpus: corpus
                sources: [{paths: [%s]}]
                import: {commit_every: %d, threads: 2}
                """.formatted(paths, commitEvery));
        return new PipelineConfigReader(LanguageProfiles.builtIn()).read(file);
    }

    /**
     * Starts the pipeline in a child JVM, waits until the index holds at least {@code atLeast} committed
     * documents, kills it with SIGKILL and returns how many documents the last commit kept.
     */
    private long killDuringImport(PipelineFile pipeline, int atLeast, int total) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                PipelineChild.class.getName(), pipeline.path().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (committedDocuments() < atLeast) {
                assertThat(child.isAlive()).as("the child ended before it could be killed: "
                        + Files.readString(tmp.resolve("child.log"))).isTrue();
                assertThat(System.nanoTime()).as("the child committed nothing in time").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
        long committed = committedDocuments();
        assertThat(committed).as("the kill landed in the middle of the import").isBetween((long) atLeast, total - 1L);
        assertThat(Files.readString(tmp.resolve("child.log"))).doesNotContain("finished");
        return committed;
    }

    private PipelineReport rerun(PipelineFile pipeline) {
        return new PipelineJob(pipeline, new PipelineJob.Options(null, null, false), null).run();
    }

    private long committedDocuments() throws Exception {
        Path index = tmp.resolve("corpus/index");
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        }
    }

    /** Each expected id stored exactly once, and nothing else (a short message when not). */
    private static void assertExactly(List<String> stored, Set<String> expected) {
        Set<String> distinct = new HashSet<>(stored);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(distinct);
        Set<String> extra = new HashSet<>(distinct);
        extra.removeAll(expected);
        assertThat(missing).as("lost documents (%d)", missing.size()).isEmpty();
        assertThat(extra).as("unexpected documents (%d)", extra.size()).isEmpty();
        assertThat(stored).as("documents stored twice").hasSize(distinct.size());
    }

    /** Every stored id, with repeats if there were any. */
    private List<String> storedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Directory dir = FSDirectory.open(tmp.resolve("corpus/index"));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc).get(Fields.ID));
                    }
                }
            }
        }
        return ids;
    }
}
