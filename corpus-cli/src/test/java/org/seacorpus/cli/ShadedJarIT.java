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
 * of Hadoop and Lingua's other languages' models are left out of it. This proves nothing a user imports or exports
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
        // Malay and Indonesian go through Lingua, whose models for these languages must be in the jar
        Path lines = Files.writeString(tmp.resolve("lines.txt"),
                "Kerajaan negeri akan menaik taraf jalan kampung itu tahun hadapan.\n"
                        + "Pemerintah daerah akan memperbaiki jalan desa itu tahun depan.\n",
                StandardCharsets.UTF_8);
        Run langid = jar("langid", lines.toString());
        assertThat(langid.exitCode).as(langid.err).isZero();
        assertThat(langid.out.lines().map(line -> line.split("\t")[0])).containsExactly("ms", "id");
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
