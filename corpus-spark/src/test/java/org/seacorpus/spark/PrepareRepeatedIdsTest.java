package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.index.Fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An id repeated within a file and across two files read by different prepare tasks (two inputs with the same
 * name, so the same source name and ids): prepare keeps the first of the run and reports each later copy as a
 * {@code duplicate_id} failure, exactly as {@code corpus import} does (same documents, texts and failures).
 */
class PrepareRepeatedIdsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aRepeatedIdKeepsTheFirstDocumentOfTheRunAndReportsTheOthersAsTheCliDoes() throws IOException {
        Path first = tmp.resolve("in").resolve("a").resolve("market.jsonl");
        Path second = tmp.resolve("in").resolve("b").resolve("market.jsonl");
        write(first,
                row("th-1", "ตลาดน้ำดำเนินสะดวกเปิดทุกวันตั้งแต่เช้าตรู่ ชาวบ้านพายเรือขายผลไม้ ขนมไทย และอาหารพื้นบ้าน"),
                row("vi-1", "Chợ nổi Cái Răng họp từ sáng sớm, thuyền bè chở đầy trái cây từ các miệt vườn về bán."),
                row("th-1", "Pasar terapung di Banjarmasin ramai sejak subuh, pedagang menjual sayur dan buah dari "
                        + "perahu kecil."));
        write(second,
                row("vi-1", "ផ្សារ​ទំនិញ​នៅ​ភ្នំពេញ​បើក​តាំង​ពី​ព្រឹក​ព្រលឹម ហើយ​អ្នក​លក់​ដាក់​បន្លែ​ផ្លែឈើ​ស្រស់ៗ​លក់"),
                row("id-2", "Pasar terapung di Banjarmasin ramai sejak subuh, pedagang menjual sayur dan buah dari "
                        + "perahu kecil yang berderet di sungai."));

        Corpus corpus = Corpus.create(tmp.resolve("cli"), "repeats");
        ImportReport imported = corpus.importFrom(ImportOptions.of(List.of(first, second)).withThreads(1), null);
        Map<String, String> cliTexts = texts(corpus.home().indexDir());
        Set<String> cliFailures = new TreeSet<>();
        imported.failed().forEach(f -> cliFailures.add(f.path() + "\t" + f.part() + "\t" + f.error() + "\t"
                + f.kind().value()));

        String prepared = tmp.resolve("prepared").toString();
        new PrepareJob(LocalSpark.get(), PrepareOptions.of(List.of(first.toString(), second.toString()), prepared)
                .withTasks(2)).run();
        Map<String, String> sparkTexts = new TreeMap<>();
        for (Row r : LocalSpark.get().read().parquet(prepared + "/documents").select("id", "text").collectAsList()) {
            assertThat(sparkTexts.put(r.getString(0), r.getString(1))).as("one row per id").isNull();
        }
        Set<String> sparkFailures = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(prepared, PrepareJob.FAILURES))) {
            JsonNode f = JSON.readTree(line);
            sparkFailures.add(f.get("path").asText() + "\t" + f.get("part").asText() + "\t"
                    + f.get("reason").asText() + "\t" + f.get("kind").asText());
        }

        assertThat(cliTexts).hasSize(3);
        assertThat(sparkTexts).isEqualTo(cliTexts);
        assertThat(sparkTexts.values()).anyMatch(t -> t.startsWith("ตลาดน้ำ")).anyMatch(t -> t.startsWith("Chợ nổi"))
                .noneMatch(t -> t.startsWith("ផ្សារ"));
        assertThat(cliFailures).hasSize(2).allMatch(f -> f.endsWith("\tduplicate_id"));
        assertThat(sparkFailures).isEqualTo(cliFailures);
        assertThat(sparkFailures).anyMatch(f -> f.startsWith(first + "\tid=th-1\t"))
                .anyMatch(f -> f.startsWith(second + "\tid=vi-1\t"));
        JsonNode report = JSON.readTree(Path.of(prepared, StageOutput.REPORT).toFile());
        assertThat(report.at("/import/added").asLong()).isEqualTo(3);
        assertThat(report.at("/failures_total").asLong()).isEqualTo(2);
    }

    private static String row(String id, String text) throws IOException {
        return JSON.writeValueAsString(new TreeMap<>(Map.of("id", id, "text", text)));
    }

    private static void write(Path file, String... rows) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", rows) + "\n");
    }

    private static Map<String, String> texts(Path indexDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var dir = FSDirectory.open(indexDir); var reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        var doc = leaf.reader().storedFields().document(d);
                        out.put(doc.get(Fields.ID), doc.get(Fields.TEXT));
                    }
                }
            }
        }
        return out;
    }
}
