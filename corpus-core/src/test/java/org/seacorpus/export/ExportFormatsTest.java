package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seacorpus.document.Document;
import org.seacorpus.document.Status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every format and compression read back by an independent reader (DuckDB): rows, columns and text equal to the
 * store; the Hugging Face layout; splits; shard rotation; identical bytes on a second run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsTest {
    @TempDir
    static Path tmp;

    ExportFixture fixture;
    Map<String, Document> ok;

    @BeforeAll
    void importCorpus() throws IOException {
        fixture = new ExportFixture(tmp);
        ok = new TreeMap<>();
        fixture.stored().forEach((id, d) -> {
            if (d.status() == Status.OK) {
                ok.put(id, d);
            }
        });
    }

    private Manifest export(String name, ExportOptions.Builder options) {
        return fixture.corpus.export(options.build());
    }

    private ExportOptions.Builder options(String folder) {
        return ExportOptions.builder(tmp.resolve(folder));
    }

    @ParameterizedTest(name = "jsonl {0}")
    @CsvSource({"none, uncompressed", "gzip, gzip", "zstd, zstd"})
    void jsonLinesReadBackWithDuckDb(String compress, String duckCompression) {
        Path out = tmp.resolve("jsonl-" + compress);
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out)
                .compress(ExportOptions.Compression.parse(compress)).build());
        for (Manifest.FileEntry file : manifest.files()) {
            Path path = out.resolve(file.path());
            List<Map<String, String>> rows = DuckDb.query("SELECT id, text, lang, script, source, "
                    + "json_extract_string(metadata, '$.part') AS part FROM read_json(" + DuckDb.quote(path)
                    + ", format='newline_delimited', compression='" + duckCompression + "', "
                    + "columns={id: 'VARCHAR', text: 'VARCHAR', lang: 'VARCHAR', script: 'VARCHAR', "
                    + "source: 'VARCHAR', metadata: 'VARCHAR'})");
            assertThat((long) rows.size()).as(file.path()).isEqualTo(file.rows());
            assertRowsMatchTheStore(rows, file);
        }
        assertThat(manifest.rows()).isEqualTo(ok.size());
        assertThat(manifest.files()).extracting(Manifest.FileEntry::path)
                .allMatch(p -> p.matches("[a-z]{3}_[A-Z][a-z]{3}/train-00000-of-00001\\.jsonl"
                        + ("none".equals(compress) ? "" : "\\.(gz|zst)")));
    }

    @Test
    void parquetReadsBackWithDuckDbWithItsSevenColumns() {
        Path out = tmp.resolve("parquet");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.PARQUET)
                .build());
        Path first = out.resolve(manifest.files().get(0).path());
        assertThat(DuckDb.query("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.quote(first) + ")"))
                .extracting(r -> r.get("column_name") + ":" + r.get("column_type"))
                .containsExactly("id:VARCHAR", "text:VARCHAR", "lang:VARCHAR", "script:VARCHAR", "source:VARCHAR",
                        "minhash_cluster_size:BIGINT", "metadata:VARCHAR");
        assertThat(DuckDb.query("SELECT DISTINCT compression FROM parquet_metadata(" + DuckDb.quote(first) + ")"))
                .extracting(r -> r.get("compression")).containsExactly("ZSTD");
        for (Manifest.FileEntry file : manifest.files()) {
            List<Map<String, String>> rows = DuckDb.query("SELECT id, text, lang, script, source, "
                    + "json_extract_string(metadata, '$.part') AS part FROM read_parquet("
                    + DuckDb.quote(out.resolve(file.path())) + ")");
            assertThat((long) rows.size()).isEqualTo(file.rows());
            assertRowsMatchTheStore(rows, file);
        }
        assertThat(manifest.rows()).isEqualTo(ok.size());
    }

    @Test
    void plainTextHoldsEachDocumentAsOneBlankLineSeparatedBlock() {
        Path out = tmp.resolve("txt");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.TXT)
                .compress(ExportOptions.Compression.NONE).build());
        for (Manifest.FileEntry file : manifest.files()) {
            String content = DuckDb.query("SELECT content FROM read_text(" + DuckDb.quote(out.resolve(file.path()))
                    + ")").get(0).get("content");
            List<String> blocks = List.of(content.substring(0, content.length() - 1).split("\n\n"));
            assertThat((long) blocks.size()).as(file.path()).isEqualTo(file.rows());
            List<String> expected = ok.values().stream()
                    .filter(d -> file.lang().equals(code(d)))
                    .map(d -> TextRows.withoutBlankLines(d.text())).toList();
            assertThat(blocks).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void splitsAreDecidedByTheIdAndShardsAreNamedTheHuggingFaceWay() throws Exception {
        SplitSpec split = SplitSpec.parse("train=0.6,validation=0.2,test=0.2", 7);
        Path out = tmp.resolve("splits");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).split(split).shardRows(1).build());
        Map<String, String> splitOfId = new LinkedHashMap<>();
        for (Manifest.FileEntry file : manifest.files()) {
            assertThat(file.path()).matches(file.lang() + "/" + file.split() + "-\\d{5}-of-\\d{5}\\.jsonl\\.zst");
            assertThat(file.rows()).isEqualTo(1);
            int total = Integer.parseInt(file.path().replaceAll(".*-of-(\\d{5}).*", "$1"));
            assertThat(manifest.files().stream().filter(f -> f.lang().equals(file.lang())
                    && f.split().equals(file.split())).count()).isEqualTo(total);
            for (Map<String, String> row : DuckDb.query("SELECT id FROM read_json(" + DuckDb.quote(out.resolve(
                    file.path())) + ", format='newline_delimited', compression='zstd')")) {
                assertThat(splitOfId.put(row.get("id"), file.split())).as("each document once").isNull();
            }
        }
        assertThat(splitOfId).hasSize(ok.size());
        splitOfId.forEach((id, s) -> assertThat(split.assign(id)).isEqualTo(s));
        assertThat(splitOfId.values()).contains("train", "validation", "test");
        try (Stream<Path> partial = Files.walk(out).filter(p -> p.toString().endsWith(".partial"))) {
            assertThat(partial).isEmpty();
        }
        // a language exported alone keeps each document in its split
        Manifest thaiOnly = fixture.corpus.export(ExportOptions.builder(tmp.resolve("splits-th")).split(split)
                .langs(List.of("th")).build());
        for (Manifest.FileEntry file : thaiOnly.files()) {
            for (Map<String, String> row : DuckDb.query("SELECT id FROM read_json(" + DuckDb.quote(
                    tmp.resolve("splits-th").resolve(file.path())) + ", format='newline_delimited')")) {
                assertThat(splitOfId.get(row.get("id"))).isEqualTo(file.split());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jsonl, zstd", "jsonl, gzip", "parquet, zstd", "txt, gzip"})
    void twoRunsWriteIdenticalFiles(String format, String compress) throws Exception {
        List<Path> outs = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Path out = tmp.resolve("again-" + format + "-" + compress + "-" + run);
            outs.add(out);
            manifests.add(fixture.corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.parse(format))
                    .compress(ExportOptions.Compression.parse(compress)).redactPii(true).qualityFilter(true)
                    .split(SplitSpec.parse("train=0.5,test=0.5", 1)).build()));
        }
        assertThat(manifests.get(1).files()).isEqualTo(manifests.get(0).files());
        for (Manifest.FileEntry file : manifests.get(0).files()) {
            assertThat(sha256(outs.get(0).resolve(file.path()))).isEqualTo(file.sha256())
                    .isEqualTo(sha256(outs.get(1).resolve(file.path())));
            assertThat(Files.size(outs.get(0).resolve(file.path()))).isEqualTo(file.bytes());
        }
        assertThat(Files.readString(outs.get(0).resolve("README.md")))
                .isEqualTo(Files.readString(outs.get(1).resolve("README.md")));
    }

    @Test
    void manifestAndDatasetCardDescribeTheExport() throws Exception {
        Path out = tmp.resolve("card");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out)
                .split(SplitSpec.parse("train=0.8,validation=0.2", 3)).build());
        JsonNode json = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(json.get("corpus").get("name").asText()).isEqualTo("export-test");
        assertThat(json.get("corpus").get("selected").asLong()).isEqualTo(ok.size());
        assertThat(json.get("corpus").get("selection_sha256").asText()).hasSize(64);
        assertThat(json.get("options").get("split").get("train").asDouble()).isEqualTo(0.8);
        assertThat(json.get("counts").get("tha_Thai").get("train").get("words").asLong()).isPositive();
        for (JsonNode file : json.get("files")) {
            assertThat(file.fieldNames()).toIterable()
                    .containsExactly("path", "split", "lang", "rows", "bytes", "sha256");
        }

        String card = Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(card).startsWith("---\n");
        String yaml = card.substring(4, card.indexOf("\n---\n", 4));
        JsonNode header = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(header.get("language")).extracting(JsonNode::asText).contains("th", "km", "vi", "zh");
        JsonNode configs = header.get("configs");
        assertThat(configs.get(0).get("config_name").asText()).isEqualTo("all");
        assertThat(configs.get(0).get("default").asBoolean()).isTrue();
        assertThat(configs.get(0).get("data_files").get(0).get("path").asText()).isEqualTo("*/train-*");
        for (JsonNode config : configs) {
            for (JsonNode files : config.get("data_files")) {
                String glob = files.get("path").asText();
                String regex = glob.replace("*", "[^/]*");
                assertThat(manifest.files()).as(glob).anyMatch(f -> f.path().matches(regex)
                        && f.split().equals(files.get("split").asText()));
            }
        }
        assertThat(card).contains("| tha_Thai | Thai | train |").contains("load_dataset")
                .contains("**Quality filter**: not applied").doesNotContain(tmp.toString());
    }

    @Test
    void anExportOfNothingWritesAManifestAndNoFiles() throws Exception {
        Path out = tmp.resolve("nothing");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).langs(List.of("ta")).build());
        assertThat(manifest.rows()).isZero();
        assertThat(manifest.files()).isEmpty();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("README.md")).exists();
    }

    private void assertRowsMatchTheStore(List<Map<String, String>> rows, Manifest.FileEntry file) {
        List<String> ids = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Document stored = ok.get(row.get("id"));
            assertThat(stored).as("exported id %s is in the store", row.get("id")).isNotNull();
            assertThat(row.get("text")).isEqualTo(stored.text());
            assertThat(row.get("lang")).isEqualTo(stored.language().lang());
            assertThat(row.get("script")).isEqualTo(stored.language().script());
            assertThat(row.get("source")).isEqualTo(stored.origin().source());
            assertThat(row.get("part")).isEqualTo(stored.origin().part());
            assertThat(file.lang()).startsWith(iso(stored.language().lang()));
            ids.add(row.get("id"));
        }
        assertThat(ids).isSorted();
    }

    /** The dataset folder of a document: language and script (Chinese is split into Hans and Hant). */
    private static String code(org.seacorpus.document.Document d) {
        return org.seacorpus.lang.LanguageProfiles.builtIn().get(d.language().lang())
                .datasetCode(d.language().script());
    }

    private static String iso(String lang) {
        return org.seacorpus.lang.LanguageProfiles.builtIn().get(lang).iso639_3() + "_";
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
