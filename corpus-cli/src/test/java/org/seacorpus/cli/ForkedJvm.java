package org.seacorpus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Starts {@link ForkedMain} in a JVM of its own, with the test's class path and the heap asked for. */
final class ForkedJvm {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PEAK = Pattern.compile("peak-heap-bytes=(\\d+)");

    private ForkedJvm() {
    }

    /** A finished CLI run: exit code, stdout, stderr and the peak heap it reported. */
    record Result(int exitCode, String out, String err, long peakHeapBytes) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    /** Runs the CLI with {@code -Xmx<heap>} and waits for it (at most ten minutes). */
    static Result cli(String heap, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = command(heap, "cli");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "fork", ".out");
        Path err = Files.createTempFile(workDir, "fork", ".err");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the forked import did not finish in ten minutes");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        Matcher m = PEAK.matcher(stderr);
        return new Result(process.exitValue(), stdout, stderr, m.find() ? Long.parseLong(m.group(1)) : -1);
    }

    /** Starts a mode of {@link ForkedMain}, stdout readable by the caller, stderr inherited. */
    static Process start(String heap, String mode, String... args) throws IOException {
        List<String> command = command(heap, mode);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> command(String heap, String mode) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Dfile.encoding=UTF-8");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(ForkedMain.class.getName());
        command.add(mode);
        return command;
    }
}
