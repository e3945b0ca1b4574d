package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.dedupe.DedupeOptions;

/**
 * Every exported document carries the size of its duplicate cluster as {@code minhash_cluster_size} (FineWeb-2's
 * column, for re-weighting duplicates in a training mix): the kept member of a cluster of three says 3, a document
 * in no cluster says 1. Read back with DuckDB from JSONL and from Parquet.
 */
class ClusterSizeExportTest {
    private static final String THAI = "ตลาดน้ำดำเนินสะดวกเปิดให้นักท่องเที่ยวล่องเรือชมสินค้าพื้นบ้านตั้งแต่เช้าตรู่ "
            + "แม่ค้าพายเรือขายผลไม้ ก๋วยเตี๋ยวเรือ และขนมไทยหลายชนิดตลอดสองฝั่งคลอง";
    private static final String KHMER = "ព្រះរាជាណាចក្រកម្ពុជាមានប្រាសាទបុរាណជាច្រើន ដែលភ្ញៀវទេសចរមកទស្សនារៀងរាល់ឆ្នាំ "
            + "ជាពិសេសនៅខេត្តសៀមរាបក្នុងរដូវប្រាំង";
    private static final String LAO = "ຫຼວງພະບາງເປັນເມືອງມໍລະດົກໂລກ ມີວັດວາອາຮາມເກົ່າແກ່ ແລະ ຕະຫຼາດກາງຄືນທີ່ມີຊື່ສຽງ";

    @TempDir
    Path tmp;

    @Test
    void theClusterSizeIsAColumnOfJsonlAndParquet() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("th-a.txt", "th-b.txt", "th-c.txt")) {
            Files.writeString(in.resolve(name), THAI);
        }
        Files.writeString(in.resolve("km-a.txt"), KHMER);
        Files.writeString(in.resolve("km-b.txt"), KHMER + "\n");
        Files.writeString(in.resolve("lo.txt"), LAO);
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "sizes");
        corpus.importFrom(ImportOptions.of(List.of(in)), null);
        corpus.dedupe(DedupeOptions.DEFAULTS, null);

        Manifest jsonl = corpus.export(ExportOptions.builder(tmp.resolve("jsonl"))
                .compress(ExportOptions.Compression.NONE).build());
        Map<String, String> fromJsonl = new TreeMap<>();
        for (Manifest.FileEntry file : jsonl.files()) {
            for (Map<String, String> row : DuckDb.query("SELECT lang, minhash_cluster_size FROM read_json("
                    + DuckDb.quote(tmp.resolve("jsonl").resolve(file.path())) + ", format='newline_delimited')")) {
                fromJsonl.put(row.get("lang"), row.get("minhash_cluster_size"));
            }
        }
        assertThat(fromJsonl).isEqualTo(Map.of("km", "2", "lo", "1", "th", "3"));

        Manifest parquet = corpus.export(ExportOptions.builder(tmp.resolve("parquet"))
                .format(ExportOptions.Format.PARQUET).build());
        Map<String, String> fromParquet = new TreeMap<>();
        for (Manifest.FileEntry file : parquet.files()) {
            Path path = tmp.resolve("parquet").resolve(file.path());
            assertThat(DuckDb.query("SELECT typeof(minhash_cluster_size) AS t FROM read_parquet(" + DuckDb.quote(path)
                    + ") LIMIT 1")).extracting(r -> r.get("t")).containsExactly("BIGINT");
            for (Map<String, String> row : DuckDb.query("SELECT lang, minhash_cluster_size FROM read_parquet("
                    + DuckDb.quote(path) + ")")) {
                fromParquet.put(row.get("lang"), row.get("minhash_cluster_size"));
            }
        }
        assertThat(fromParquet).isEqualTo(fromJsonl);
        assertThat(jsonl.rows()).as("one row per kept document").isEqualTo(3);
    }
}
