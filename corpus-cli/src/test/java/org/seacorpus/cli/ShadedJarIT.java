package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CLI jar as users run it ({@code java -jar corpus.jar}), after the build trimmed it: Tika parser families, most
 * of Hadoop and ICU's formatting data are left out of it. This proves nothing a user imports or exports
 * needed them: the jar's import of every sample file gives the same report as the same import run on the full class
 * path, and its Parquet export (every codec we write) reads back through the jar. Run by failsafe after
 * {@code package}.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "corpus.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theJarImportsEverySampleFileAsTheFullClassPathDoes() throws Exception {
        String viaJar = tmp.resolve("jar").toString();
        String viaClassPath = tmp.resolve("classpath").toString();
        assertThat(jar("init", viaJar).exitCode).isZero();
        assertThat(CliRunner.run("init", viaClassPath).exitCode()).isZero();
        String data = SampleDataEndToEndTest.SAMPLE_DATA.toString();

        Run fromJar = jar("-C", viaJar, "--json", "-q", "import", "--exclude", "tools", data);
        CliRunner.Result fromClassPath = CliRunner.run("-C", viaClassPath, "--json", "-q", "import", "--exclude",
                "tools", data);

        assertThat(fromJar.exitCode).as(fromJar.err).isEqualTo(fromClassPath.exitCode());
        JsonNode jarReport = JSON.readTree(fromJar.out);
        JsonNode fullReport = fromClassPath.json();
        assertThat(jarReport.get("added")).isEqualTo(fullReport.get("added"));
        assertThat(jarReport.get("by_language")).isEqualTo(fullReport.get("by_language"));
        assertThat(failures(jarReport)).isEqualTo(failures(fullReport));
    }

    @Test
    void parquetWrittenByTheJarInEveryCodecIsReadBackByIt() throws Exception {
        String corpus = tmp.resolve("corpus").toString();
        assertThat(jar("init", corpus).exitCode).isZero();
        Run imported = jar("-C", corpus, "--json", "-q", "import",
                SampleDataEndToEndTest.SAMPLE_DATA.resolve("datasets/radio-transcripts.parquet").toString(),
                SampleDataEndToEndTest.SAMPLE_DATA.resolve("th").toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        long added = JSON.readTree(imported.out).get("added").asLong();
        assertThat(added).isGreaterThan(7);
        for (String codec : List.of("zstd", "gzip", "none")) {
            Path out = tmp.resolve("export-" + codec);
            Run export = jar("-C", corpus, "-q", "export", "--format", "parquet", "--compress", codec, "--out",
                    out.toString());
            assertThat(export.exitCode).as(export.err).isZero();
            String again = tmp.resolve("again-" + codec).toString();
            assertThat(jar("init", again).exitCode).isZero();
            List<String> reimport = new ArrayList<>(List.of("-C", again, "--json", "-q", "import"));
            try (var files = Files.walk(out)) { // the shards only, not the dataset card and manifest beside them
                files.filter(file -> file.toString().endsWith(".parquet")).forEach(file -> reimport.add(file.toString()));
            }
            Run reread = jar(reimport.toArray(String[]::new));
            assertThat(reread.exitCode).as(reread.err).isZero();
            assertThat(JSON.readTree(reread.out).get("added").asLong()).as(codec).isEqualTo(added);
        }
    }

    @Test
    void helpAndLanguageIdentificationRunFromTheJar() throws Exception {
        Run help = jar("--help");
        assertThat(help.exitCode).isZero();
        assertThat(help.out).contains("import").contains("export").contains("search");
        // Malay and Indonesian are told apart by the n-gram model and the id/ms pair model, which must be in the jar;
        // the jar answers as the full class path does, score for score, with no Lingua in it (removed, session 12)
        Path lines = Files.writeString(tmp.resolve("lines.txt"),
                "Kerajaan negeri akan menaik taraf jalan kampung itu tahun hadapan.\n"
                        + "Pemerintah daerah akan memperbaiki jalan desa itu tahun depan.\n"
                        + "Ang mga magsasaka ay nagtanim ng palay bago dumating ang tag-ulan.\n",
                StandardCharsets.UTF_8);
        Run langid = jar("langid", lines.toString());
        assertThat(langid.exitCode).as(langid.err).isZero();
        assertThat(langid.out.lines().map(line -> line.split("\t")[0])).containsExactly("ms", "id", "fil");
        CliRunner.Result fromClassPath = CliRunner.run("langid", lines.toString());
        assertThat(langid.out).isEqualTo(fromClassPath.out());
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith("com/github/pemistahl/") || name.startsWith("language-models/")
                            || name.startsWith("it/unimi/dsi/fastutil/")))
                    .as("Lingua, its models and fastutil").isEmpty();
        }
    }

    /**
     * The office formats through the jar, which carries only the OOXML schema types POI itself reaches
     * (poi-ooxml-lite, not Tika's poi-ooxml-full): a DOCX with a table and a header, an XLSX and a PPTX, made here
     * with POI, are imported and found by their words, as are the sample DOCX, ODT, EPUB, RTF, PDF and HTML files;
     * and a concordance is written as XLSX by the jar and read back.
     */
    @Test
    void officeDocumentsAreReadAndSpreadsheetsWrittenByTheJar() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("office"));
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("รายงานประจำปี");
            docx.createParagraph().createRun().setText("ชาวนาในจังหวัดสุพรรณบุรีเริ่มปลูกข้าวหอมมะลิพันธุ์ใหม่ "
                    + "ที่ทนแล้งได้ดีกว่าเดิม และขายได้ราคาสูงขึ้นในตลาดกลาง");
            var table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("ผลผลิต");
            table.getRow(1).getCell(1).setText("กิโลกรัมต่อไร่");
            try (var out = Files.newOutputStream(in.resolve("rice-report.docx"))) {
                docx.write(out);
            }
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            var sheet = xlsx.createSheet("Panen");
            sheet.createRow(0).createCell(0).setCellValue("Para petani di Kabupaten Karawang memanen padi lebih "
                    + "awal tahun ini karena musim hujan datang terlambat.");
            sheet.createRow(1).createCell(1).setCellValue(4250.5);
            try (var out = Files.newOutputStream(in.resolve("panen-karawang.xlsx"))) {
                xlsx.write(out);
            }
        }
        try (XMLSlideShow pptx = new XMLSlideShow()) {
            var box = pptx.createSlide().createTextBox();
            box.setText("Kerajaan negeri akan menaik taraf jalan kampung di daerah Kuala Langat tahun hadapan.");
            try (var out = Files.newOutputStream(in.resolve("jalan-kampung.pptx"))) {
                pptx.write(out);
            }
        }
        String corpus = tmp.resolve("office-corpus").toString();
        assertThat(jar("init", corpus).exitCode).isZero();
        Path samples = SampleDataEndToEndTest.SAMPLE_DATA;
        Run imported = jar("-C", corpus, "--json", "-q", "import", in.toString(),
                samples.resolve("fil/paano-magluto-ng-adobong-manok.docx").toString(),
                samples.resolve("ms/cara-mendaftar-kursus-dalam-talian.odt").toString(),
                samples.resolve("vi/huong-dan-nau-canh-chua.epub").toString(),
                samples.resolve("tet/oinsa-rejista-ba-kursu-komputador.rtf").toString(),
                samples.resolve("en/guide-growing-lemongrass.pdf").toString(),
                samples.resolve("ceb/unsaon-pagtanom-og-kamatis.html").toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        JsonNode report = JSON.readTree(imported.out);
        assertThat(failures(report)).isEmpty();
        assertThat(report.get("added").asInt()).isEqualTo(9);

        assertThat(sources(corpus, "หอมมะลิ")).containsExactly("office/rice-report.docx");
        assertThat(sources(corpus, "กิโลกรัม")).containsExactly("office/rice-report.docx");
        assertThat(sources(corpus, "Karawang")).containsExactly("office/panen-karawang.xlsx");
        assertThat(sources(corpus, "Langat")).containsExactly("office/jalan-kampung.pptx");
        assertThat(sources(corpus, "adobo")).containsExactly("paano-magluto-ng-adobong-manok.docx");
        assertThat(sources(corpus, "kursus")).contains("cara-mendaftar-kursus-dalam-talian.odt");
        assertThat(sources(corpus, "lemongrass")).contains("guide-growing-lemongrass.pdf");

        Path kwic = tmp.resolve("kwic.xlsx");
        Run written = jar("-C", corpus, "search", "--kwic", "--lang", "th", "--format", "xlsx", "--out",
                kwic.toString(), "ข้าว");
        assertThat(written.exitCode).as(written.err).isZero();
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(kwic))) {
            var sheet = back.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("hit");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("ข้าว");
        }
    }

    /**
     * The jar carries only the classes its build found reachable (JarClosure): every command that reads a corpus,
     * run through the jar, prints what it prints on the full class path, on a corpus of every script in scope
     * (ICU's word-break dictionaries for Thai, Lao, Khmer, Burmese and Chinese, collation, transliteration, Lucene's
     * analysers, every `--tokenizer` choice, statistics, search, and each export format: its files equal byte for
     * byte, Parquet's rows equal as DuckDB reads them).
     */
    @Test
    void everyReadingCommandPrintsThroughTheJarWhatItPrintsOnTheClassPath() throws Exception {
        String viaJar = tmp.resolve("jar").toString();
        String viaClassPath = tmp.resolve("classpath").toString();
        assertThat(jar("-q", "init", viaJar, "--name", "closure").exitCode).isZero();
        assertThat(CliRunner.run("-q", "init", viaClassPath, "--name", "closure").exitCode()).isZero();
        Path data = SampleDataEndToEndTest.SAMPLE_DATA;
        List<String> inputs = new ArrayList<>();
        for (String dir : List.of("th", "lo", "km", "my", "shn", "zh", "ta", "vi", "id", "ms", "hard-cases")) {
            inputs.add(data.resolve(dir).toString());
        }
        List<String> importArgs = new ArrayList<>(List.of("-q", "import"));
        importArgs.addAll(inputs);
        assertThat(jar(with(viaJar, importArgs)).exitCode).isZero();
        assertThat(CliRunner.run(with(viaClassPath, importArgs)).exitCode()).isZero();

        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("--json", "stats"),
                List.of("--json", "stats", "freq", "--lang", "th", "--top", "20"),
                List.of("--json", "stats", "freq", "--lang", "my", "--top", "20"),
                List.of("--json", "stats", "ngrams", "--lang", "km", "--n", "2", "--top", "10"),
                List.of("--json", "stats", "collocations", "ข้าว", "--lang", "th", "--min", "1"),
                List.of("--json", "stats", "keyness", "--focus", "lang:id", "--reference", "lang:ms", "--min", "1"),
                List.of("--json", "stats", "dispersion", "ข้าว", "--lang", "th"),
                List.of("--json", "stats", "quality"),
                List.of("search", "--format", "json", "--facet", "lang", "ข้าว"),
                List.of("search", "--kwic", "--format", "json", "--sort", "1R", "--lang", "lo", "ເຂົ້າ"),
                List.of("search", "--kwic", "--format", "json", "--lang", "zh", "鸡饭")));
        for (String tokenizer : org.seacorpus.tokens.TokenCounters.BUILT_IN) {
            commands.add(List.of("--json", "stats", "--tokenizer", tokenizer));
        }
        for (List<String> command : commands) {
            Run fromJar = jar(with(viaJar, command));
            CliRunner.Result fromClassPath = CliRunner.run(with(viaClassPath, command));
            assertThat(fromJar.exitCode).as(command + ": " + fromJar.err).isZero();
            assertThat(fromClassPath.exitCode()).as(command + ": " + fromClassPath.err()).isZero();
            sameJson(JSON.readTree(fromJar.out), fromClassPath.json(), String.join(" ", command));
        }

        // the text commands, on a line of every language in scope and the Zawgyi sample
        Path lines = tmp.resolve("lines.txt");
        List<String> all = new ArrayList<>();
        for (String dir : List.of("th", "lo", "km", "my", "shn", "zh", "ta", "vi", "id", "ms", "fil", "jv", "su",
                "ceb", "tet", "en")) {
            try (var files = Files.list(data.resolve(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    try {
                        Files.readAllLines(file).stream().filter(line -> line.strip().length() > 20).limit(2)
                                .forEach(all::add);
                    } catch (java.nio.charset.MalformedInputException legacyEncoding) {
                        // a sample in a legacy encoding: the import above reads it; these commands take UTF-8
                    }
                }
            }
        }
        all.addAll(Files.readAllLines(data.resolve("hard-cases/burmese-zawgyi.txt")));
        Files.write(lines, all);
        List<List<String>> textCommands = List.of(
                List.of("langid", lines.toString()),
                List.of("normalize", lines.toString()),
                List.of("segment", lines.toString()),
                List.of("segment", "--sentences", lines.toString()),
                List.of("segment", "--lang", "th", data.resolve("hard-cases/thai-misordered-marks.txt").toString()),
                List.of("segment", "--syllables", "--lang", "km", data.resolve("hard-cases/khmer-zwsp.txt").toString()),
                List.of("segment", "--syllables", "--lang", "my",
                        data.resolve("hard-cases/burmese-unicode.txt").toString()));
        for (List<String> command : textCommands) {
            Run fromJar = jar(command.toArray(String[]::new));
            CliRunner.Result fromClassPath = CliRunner.run(command.toArray(String[]::new));
            assertThat(fromJar.exitCode).as(command + ": " + fromJar.err).isZero();
            assertThat(fromClassPath.exitCode()).as(command + ": " + fromClassPath.err()).isZero();
            assertThat(fromJar.out).as(String.join(" ", command)).isEqualTo(fromClassPath.out());
        }

        for (String format : List.of("jsonl", "txt", "conllu", "vert", "parquet")) {
            Path outJar = tmp.resolve("export-jar-" + format);
            Path outClassPath = tmp.resolve("export-classpath-" + format);
            List<String> export = List.of("-q", "export", "--format", format, "--compress", "gzip", "--out");
            Run fromJar = jar(with(viaJar, plus(export, outJar.toString())));
            assertThat(fromJar.exitCode).as(format + ": " + fromJar.err).isZero();
            assertThat(CliRunner.run(with(viaClassPath, plus(export, outClassPath.toString()))).exitCode()).isZero();
            if (format.equals("parquet")) { // the files of two separate imports differ in bytes: rows must be equal
                assertThat(parquetRows(outJar)).as(format).isNotEmpty().isEqualTo(parquetRows(outClassPath));
            } else {
                assertThat(shards(outJar)).as(format).isNotEmpty().isEqualTo(shards(outClassPath));
            }
        }
        Path parquet = tmp.resolve("export-jar-parquet");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*), count(DISTINCT lang), "
                     + "sum(CASE WHEN lang = 'th' AND text LIKE '%ข้าว%' THEN 1 ELSE 0 END) FROM read_parquet('"
                     + parquet.toString().replace("'", "''") + "/**/*.parquet')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isGreaterThan(20);
            assertThat(rows.getLong(2)).isGreaterThanOrEqualTo(8);
            assertThat(rows.getLong(3)).isPositive();
        }
    }

    /** {@code corpus serve} from the jar answers its page, its API and its fonts. */
    @Test
    void theJarServesTheWorkbench() throws Exception {
        String corpus = tmp.resolve("served").toString();
        assertThat(jar("-q", "init", corpus, "--name", "jar-serve").exitCode).isZero();
        assertThat(jar("-C", corpus, "-q", "import", SampleDataEndToEndTest.SAMPLE_DATA.resolve("th").toString())
                .exitCode).isZero();
        Path out = tmp.resolve("serve-out.txt");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "-C", corpus, "serve", "--port", "0")
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("serve-err.txt").toFile()).start();
        try {
            java.util.regex.Pattern open = java.util.regex.Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)");
            String base = null;
            for (int i = 0; i < 1200 && base == null && server.isAlive(); i++) {
                var m = open.matcher(Files.readString(out));
                if (m.find()) {
                    base = m.group(1);
                } else {
                    Thread.sleep(100);
                }
            }
            assertThat(base).as("serve printed its address: " + Files.readString(tmp.resolve("serve-err.txt")))
                    .isNotNull();
            var client = java.net.http.HttpClient.newHttpClient();
            for (String path : List.of("", "assets/app.js", "assets/fonts.css",
                    "assets/fonts/noto-sans-thai-thai-400-normal.woff2", "api/v1/stats",
                    "api/v1/search?lang=th&q=" + java.net.URLEncoder.encode("ข้าว", StandardCharsets.UTF_8))) {
                var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body().length).as(path).isPositive();
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /**
     * Equal JSON, numbers to 1e-12 relative: {@code stats quality}'s means differ in their last digit between two
     * imports of the same files by the same jar (the documents stored in another order, the sums taken in another
     * order); the same corpus read twice, by either jar, prints the same bytes.
     */
    private static void sameJson(JsonNode actual, JsonNode expected, String where) {
        if (expected.isNumber() && actual.isNumber() && (expected.isFloatingPointNumber() || actual.isFloatingPointNumber())) {
            double e = expected.asDouble();
            assertThat(actual.asDouble()).as(where).isCloseTo(e, org.assertj.core.data.Offset.offset(Math.abs(e) * 1e-12));
        } else if (expected.isContainerNode()) {
            assertThat(actual.getNodeType()).as(where).isEqualTo(expected.getNodeType());
            assertThat(actual.size()).as(where + " size").isEqualTo(expected.size());
            if (expected.isObject()) {
                assertThat(ImmutableNames.of(actual)).as(where + " fields").isEqualTo(ImmutableNames.of(expected));
                expected.fieldNames().forEachRemaining(k -> sameJson(actual.get(k), expected.get(k), where + "." + k));
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    sameJson(actual.get(i), expected.get(i), where + "[" + i + "]");
                }
            }
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    private static final class ImmutableNames {
        static List<String> of(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    private static String[] with(String corpus, List<String> args) {
        List<String> out = new ArrayList<>(List.of("-C", corpus));
        out.addAll(args);
        return out.toArray(String[]::new);
    }

    private static List<String> plus(List<String> args, String last) {
        List<String> out = new ArrayList<>(args);
        out.add(last);
        return out;
    }

    /** Each row's language and text as DuckDB reads them from an export's Parquet files, in order. */
    private static List<String> parquetRows(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT lang, text FROM read_parquet('"
                     + dir.toString().replace("'", "''") + "/**/*.parquet') ORDER BY lang, text")) {
            while (result.next()) {
                rows.add(result.getString(1) + "\t" + result.getString(2));
            }
        }
        return rows;
    }

    /** The export's data files (not its card and manifest, which carry times) by name, with their bytes' hash. */
    private static TreeMap<String, Integer> shards(Path dir) throws IOException {
        TreeMap<String, Integer> out = new TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString();
                if (!name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".yaml")) {
                    out.put(name, java.util.Arrays.hashCode(Files.readAllBytes(file)));
                }
            }
        }
        return out;
    }

    /** The sources of the documents the jar's search finds for {@code word}, sorted, without duplicates. */
    private List<String> sources(String corpus, String word) throws IOException, InterruptedException {
        Run search = jar("-C", corpus, "search", "--format", "json", "--limit", "50", word);
        assertThat(search.exitCode).as(search.err).isZero();
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (JsonNode hit : JSON.readTree(search.out).get("hits")) {
            out.add(hit.get("source").asText());
        }
        return List.copyOf(out);
    }

    private static TreeMap<String, String> failures(JsonNode report) {
        TreeMap<String, String> out = new TreeMap<>();
        for (JsonNode failure : report.get("failed")) {
            out.put(failure.get("path").asText(), failure.get("error").asText());
        }
        return out;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("corpus.jar " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
