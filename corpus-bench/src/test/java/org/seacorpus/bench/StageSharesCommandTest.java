package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StageSharesCommandTest {
    @TempDir
    Path dir;

    @Test
    void countsCompressionInNativeCodeBesideTheJavaStages() throws Exception {
        Path file = dir.resolve("deflate.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
            recording.start();
            deflateForAWhile();
            recording.stop();
            recording.dump(file);
        }
        CommandLine command = new CommandLine(new BenchCommand());
        java.io.StringWriter out = new java.io.StringWriter();
        command.setOut(new java.io.PrintWriter(out));
        assertThat(command.execute("stage-shares", file.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("native_samples_computing").asLong()).isPositive();
        assertThat(json.path("native_sample_weight").asDouble()).isEqualTo(2.0);
        JsonNode shares = json.path("percent_of_samples");
        assertThat(shares.path(StageSharesCommand.NATIVE).asDouble()).isPositive();
        double sum = 0;
        for (JsonNode share : shares) {
            sum += share.asDouble();
        }
        assertThat(sum).isBetween(99.0, 101.0); // each share rounded to a tenth
    }

    @Test
    void readsJfrPeriods() {
        assertThat(StageSharesCommand.Periods.millis("20 ms")).isEqualTo(20.0);
        assertThat(StageSharesCommand.Periods.millis("1 s")).isEqualTo(1000.0);
        assertThat(StageSharesCommand.Periods.millis("500 us")).isEqualTo(0.5);
        assertThat(StageSharesCommand.Periods.millis("everyChunk")).isNaN();
    }

    /** Compresses text with zlib for about a second and a half, on this thread, in native code most of the time. */
    private static void deflateForAWhile() {
        StringBuilder text = new StringBuilder();
        String[] words = {"ภาษา", "ไทย", "bahasa", "Melayu", "tiếng", "Việt", "ພາສາ", "ລາວ", "corpus", "ကမ္ဘာ"};
        long seed = 17;
        while (text.length() < 4_000_000) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            text.append(words[(int) ((seed >>> 33) % words.length)]).append(seed % 7 == 0 ? ".\n" : " ");
        }
        byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] output = new byte[input.length];
        long end = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < end) {
            Deflater deflater = new Deflater(9);
            deflater.setInput(input);
            deflater.finish();
            while (!deflater.finished()) {
                deflater.deflate(output);
            }
            deflater.end();
        }
    }
}
