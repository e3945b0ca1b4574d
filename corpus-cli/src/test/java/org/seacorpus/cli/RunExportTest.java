package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Export targets of a pipeline file take the options of {@code corpus export}: a target with the quality
 * filter, splits, PII redaction and decontamination writes, in JSONL and in Parquet, the same bytes as
 * {@code corpus export} with the same flags, and is rewritten when a benchmark file changes.
 */
class RunExportTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTICE = """
            ประกาศรับสมัครอาสาสมัครเก็บข้อมูลภาษาถิ่น

            โครงการเก็บข้อมูลภาษาถิ่นของชุมชนในจังหวัดน่านกำลังรับสมัครอาสาสมัครที่พูดภาษาเหนือได้คล่อง \
            อาสาสมัครจะได้ช่วยบันทึกเสียงนิทานพื้นบ้านและเพลงกล่อมเด็กจากผู้สูงอายุในหมู่บ้าน \
            แล้วนำมาถอดความเป็นตัวอักษรเพื่อเก็บไว้ให้คนรุ่นหลังได้เรียนรู้ ผู้ที่สนใจสามารถติดต่อคุณสมชายได้ที่โทร \
            081-234-5678 หรืออีเมล somchai.nan@example.org ในวันและเวลาราชการ

            การอบรมครั้งแรกจะจัดขึ้นที่ห้องประชุมของโรงเรียนประจำอำเภอในวันเสาร์ต้นเดือนหน้า \
            ผู้เข้าร่วมควรนำโทรศัพท์มือถือที่บันทึกเสียงได้มาด้วย ทางโครงการจะมีอาหารกลางวันและค่าเดินทางให้ทุกคน
            """;
    /** A benchmark item quoting the Indonesian article: the article must leave the training set. */
    static final String BENCH = "{\"question\": \"Ratusan petani di sejumlah desa di Kabupaten Karawang, Jawa Barat, "
            + "mulai memanen padi pekan ini, sekitar dua minggu lebih awal. Mengapa?\", \"answer\": \"benih\"}\n";

    @TempDir
    Path tmp;

    private void inputs() throws Exception {
        for (String sample : List.of("th/news-rice-farmers-ai.txt", "th/howto-tom-yum-goong.md",
                "th/dialogue-market.html", "id/berita-panen-padi.txt", "lo", "km", "my")) {
            copyTree(SAMPLE_DATA.resolve(sample), tmp.resolve("in").resolve(sample));
        }
        Files.writeString(tmp.resolve("in/th/notice.txt"), NOTICE, StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve("bench"));
        Files.writeString(tmp.resolve("bench/exam.jsonl"), BENCH, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    private Path pipeline() throws Exception {
        String target = """
                    quality: true
                    quality_set: {th.min_words: 40}
                    redact_pii: true
                    split: {train: 0.6, validation: 0.2, test: 0.2}
                    seed: 7
                    decontaminate: [bench/exam.jsonl]
                """;
        return Files.writeString(tmp.resolve("pipeline.yaml"), "corpus: corpus\nsources: [{paths: [in]}]\n"
                + "export:\n  - out: out-jsonl\n    format: jsonl\n    compress: gzip\n" + target
                + "  - out: out-parquet\n    format: parquet\n" + target, StandardCharsets.UTF_8);
    }

    private static final String[] FLAGS = {"--quality", "--quality-set", "th.min_words=40", "--redact-pii",
        "--split", "train=0.6,validation=0.2,test=0.2", "--seed", "7", "--decontaminate"};

    private CliRunner.Result export(String out, String... format) {
        List<String> args = new ArrayList<>(List.of("-C", tmp.resolve("corpus").toString(), "export", "--out",
                tmp.resolve(out).toString()));
        args.addAll(List.of(format));
        args.addAll(List.of(FLAGS));
        args.add(tmp.resolve("bench/exam.jsonl").toString());
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** Every file but the manifest (which records the time), by relative path, as bytes. */
    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals("manifest.json")) {
                    out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static void assertSameFiles(Path pipelineOut, Path cliOut) throws Exception {
        Map<String, byte[]> a = files(pipelineOut);
        Map<String, byte[]> b = files(cliOut);
        assertThat(a.keySet()).isEqualTo(b.keySet()).contains("README.md");
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
        JsonNode ma = JSON.readTree(pipelineOut.resolve("manifest.json").toFile());
        JsonNode mb = JSON.readTree(cliOut.resolve("manifest.json").toFile());
        for (String field : List.of("rows", "filters", "options", "files", "selection_sha256")) {
            assertThat(ma.get(field)).as(field).isEqualTo(mb.get(field));
        }
    }

    private static List<JsonNode> jsonlRows(Path dir) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> parquetIds(Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM read_parquet('" + dir.toString().replace("'", "''")
                     + "/*/*.parquet') ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    @Test
    void aTargetWithQualitySplitsPiiAndDecontaminationWritesWhatCorpusExportWrites() throws Exception {
        inputs();
        CliRunner.Result run = CliRunner.run("--json", "-q", "run", pipeline().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().at("/export/targets/0/status").asText()).isEqualTo("written");
        assertThat(export("cli-jsonl", "--format", "jsonl", "--compress", "gzip").exitCode()).isZero();
        assertThat(export("cli-parquet", "--format", "parquet").exitCode()).isZero();
        assertSameFiles(tmp.resolve("out-jsonl"), tmp.resolve("cli-jsonl"));
        assertSameFiles(tmp.resolve("out-parquet"), tmp.resolve("cli-parquet"));

        List<JsonNode> rows = jsonlRows(tmp.resolve("out-jsonl"));
        assertThat(rows).extracting(r -> r.get("source").asText())
                .noneMatch(s -> s.endsWith("berita-panen-padi.txt")) // decontaminated
                .anyMatch(s -> s.endsWith("notice.txt"));
        JsonNode notice = rows.stream().filter(r -> r.get("source").asText().endsWith("notice.txt")).findFirst()
                .orElseThrow();
        assertThat(notice.get("text").asText()).contains("<PHONE>", "<EMAIL>").doesNotContain("081-234-5678");
        JsonNode manifest = JSON.readTree(tmp.resolve("out-jsonl/manifest.json").toFile());
        assertThat(manifest.at("/filters/quality/applied").asBoolean()).isTrue();
        assertThat(manifest.at("/options/split").toString()).contains("validation");
        assertThat(parquetIds(tmp.resolve("out-parquet"))).containsExactlyElementsOf(
                rows.stream().map(r -> r.get("id").asText()).sorted().toList());

        CliRunner.Result again = CliRunner.run("--json", "-q", "run", tmp.resolve("pipeline.yaml").toString());
        assertThat(again.json().at("/export/targets/0/status").asText()).isEqualTo("up_to_date");
        assertThat(again.json().at("/export/targets/1/status").asText()).isEqualTo("up_to_date");
        Files.writeString(tmp.resolve("bench/exam.jsonl"), BENCH.replace("benih", "benih berumur pendek"));
        CliRunner.Result changed = CliRunner.run("--json", "-q", "run", tmp.resolve("pipeline.yaml").toString());
        assertThat(changed.json().at("/export/targets/0/status").asText()).as("a benchmark changed")
                .isEqualTo("written");
    }
}
