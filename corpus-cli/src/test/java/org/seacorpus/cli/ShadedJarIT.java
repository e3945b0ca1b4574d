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
