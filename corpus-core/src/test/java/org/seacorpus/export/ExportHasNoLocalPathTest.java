package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/**
 * Nothing an export writes carries where the files lay on this machine: every byte of every file of every format
 * (JSONL, Parquet, txt, CoNLL-U, vertical; plain and zstd; manifest.json, the dataset card) is scanned, the
 * compressed ones decompressed (and shown to hold the text), and the data files' rows again as DuckDB reads them
 * back, for the absolute folders of the inputs, the corpus and the benchmark file, and for {@code file:} URIs.
 * The {@code source} column holds the portable source name.
 */
class ExportHasNoLocalPathTest {
    @TempDir
    Path tmp;

    private Path inputs;
    private Corpus corpus;
    private Path benchmark;

    @BeforeEach
    void importFromAUsersHomeFolder() throws IOException {
        inputs = tmp.resolve("home/somchai-สมชาย/private/corpora/news");
        Files.createDirectories(inputs.resolve("th"));
        Files.createDirectories(inputs.resolve("km"));
        Files.writeString(inputs.resolve("th/rice.txt"), "ชาวนาในจังหวัดร้อยเอ็ดปลูกข้าวหอมมะลิ ข้าวหอมมะลิของร้อยเอ็ดมีชื่อเสียง"
                + "ไปทั่วโลก ปีนี้ฝนตกตามฤดูกาล ชาวนาจึงคาดว่าจะได้ผลผลิตดีกว่าปีที่แล้ว\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("th/market.txt"), "ตลาดน้ำอัมพวาคึกคักทุกเย็นวันศุกร์ถึงวันอาทิตย์ แม่ค้าพายเรือขาย"
                + "ก๋วยเตี๋ยวเรือและขนมไทย นักท่องเที่ยวนั่งกินริมคลอง\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("km/rice.txt"), "កសិករនៅខេត្តបាត់ដំបងដាំស្រូវច្រើនជាងមុន ព្រោះមានប្រឡាយទឹកថ្មី។ "
                + "តម្លៃស្រូវនៅផ្សារក៏ល្អដែរ។\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("rows.jsonl"), """
                {"id": "a", "text": "ຊາວນາໃນແຂວງຫຼວງພະບາງປູກເຂົ້າໜຽວ ແລະ ຂາຍຢູ່ຕະຫຼາດເຊົ້າ", "url": "https://example.org/lo/a"}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve("home/somchai-สมชาย/private/bench"));
        benchmark = Files.writeString(tmp.resolve("home/somchai-สมชาย/private/bench/eval.jsonl"),
                "{\"text\": \"คำถามที่ไม่อยู่ในคลังข้อความเลยแม้แต่คำเดียว\"}\n", StandardCharsets.UTF_8);
        corpus = Corpus.create(tmp.resolve("home/somchai-สมชาย/private/corpus"), "no-leak");
        corpus.importFrom(ImportOptions.of(List.of(inputs)).withThreads(2), null);
    }

    @Test
    void noExportedByteHoldsALocalPath() throws IOException {
        List<Path> outs = new ArrayList<>();
        for (ExportOptions.Format format : ExportOptions.Format.values()) {
            for (ExportOptions.Compression compression : List.of(ExportOptions.Compression.NONE,
                    ExportOptions.Compression.ZSTD)) {
                Path out = tmp.resolve("out-" + format + "-" + compression);
                corpus.export(ExportOptions.builder(out).format(format).compress(compression)
                        .split(SplitSpec.parse("train=0.5,test=0.5", 0)).decontaminate(List.of(benchmark)).build());
                outs.add(out);
            }
        }
        List<String> forbidden = List.of(tmp.toString(), tmp.toRealPath().toString(), "file:/", "somchai", "สมชาย",
                "/private/");
        long scanned = 0;
        for (Path out : outs) {
            StringBuilder text = new StringBuilder();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = plain(file);
                    text.append(new String(bytes, StandardCharsets.UTF_8));
                    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
                    String utf8 = new String(bytes, StandardCharsets.UTF_8);
                    for (String bad : forbidden) {
                        assertThat(utf8).as(file + " (bytes)").doesNotContain(bad);
                        assertThat(raw).as(file + " (bytes)").doesNotContain(
                                new String(bad.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                    }
                    for (String row : readBack(file)) {
                        text.append(row);
                        scanned++;
                        for (String bad : forbidden) {
                            assertThat(row).as(file + " (rows)").doesNotContain(bad);
                        }
                    }
                }
            }
            assertThat(text).as(out + ": the scan read the text itself (decompressed)").contains("ข้าว")
                    .contains("ຕະຫຼາດ");
        }
        assertThat(scanned).as("rows read back").isGreaterThanOrEqualTo(4L * 4);
    }

    @Test
    void theSourceColumnIsThePortableName() {
        Path out = tmp.resolve("out");
        Manifest manifest = corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.PARQUET).build());
        List<String> sources = new ArrayList<>();
        for (Manifest.FileEntry file : manifest.files()) {
            DuckDb.query("SELECT source FROM read_parquet(" + DuckDb.quote(out.resolve(file.path())) + ")")
                    .forEach(row -> sources.add(row.get("source")));
        }
        assertThat(sources).containsExactlyInAnyOrder("news/th/rice.txt", "news/th/market.txt", "news/km/rice.txt",
                "news/rows.jsonl");
    }

    /** A file's bytes, decompressed when it is a zstd or gzip stream (CoNLL-U, vertical and JSONL files may be). */
    private static byte[] plain(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".zst")) {
            try (InputStream in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        }
        if (name.endsWith(".gz")) {
            try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(file);
    }

    /** The rows of a data file as DuckDB reads them back (decompressed), each as JSON text. */
    private static List<String> readBack(Path file) {
        String name = file.getFileName().toString();
        String reader;
        if (name.endsWith(".parquet")) {
            reader = "read_parquet(" + DuckDb.quote(file) + ")";
        } else if (name.contains(".jsonl")) {
            reader = "read_json(" + DuckDb.quote(file) + ", format='newline_delimited')";
        } else if (name.contains(".txt")) {
            reader = "read_csv(" + DuckDb.quote(file) + ", columns={'line': 'VARCHAR'}, delim=chr(1), quote='', "
                    + "escape='', header=false)";
        } else {
            return List.of(); // manifest.json and README.md are plain text, scanned as bytes
        }
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : DuckDb.query("SELECT to_json(t)::VARCHAR AS row FROM " + reader + " t")) {
            out.add(row.get("row"));
        }
        return out;
    }
}
