package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The probes of bounded memory, each imported by the CLI in a JVM of its own with a 512 MB heap: a one-line
 * text of 260 MB, a gzip JSON Lines file whose first line is 1 GB (ordinary compression, so the ratio guard lets
 * it through and the per-document limit must stop it), and the same line as a compression bomb. Each is refused
 * with a reason and the import goes on with the next input or line; none runs the heap out. Then the other side:
 * a document under the limit but too big for a 96 MB heap is a failure of that input ({@code internal}, "ran out
 * of memory"), never a silent drop, and {@code --strict} exits 1.
 *
 * <p>Inputs are written by the test, streamed, into its temporary folder, and deleted at the end; the peak heap
 * (the heap pools' peaks added up) is printed for docs/reliability.md, not asserted.
 */
@Tag("reliability")
class ReliabilityMemoryTest {
    private static final String SMALL_THAI = "ชาวนาในภาคอีสานเริ่มปลูกข้าวหอมมะลิเมื่อฝนแรกของปีตกลงมา";
    private static final String[] WORDS = {"ภาษา", "ไทย", "เป็น", "ที่", "สวยงาม", "ข้อความ", "สำหรับ", "การ",
        "ทดสอบ", "ประเทศ", "คน", "กิน", "ข้าว", "น้ำ", "บ้าน", "เมือง", "ชาวนา", "ปลูก", "หอม", "มะลิ", "ภาค",
        "อีสาน", "ฤดู", "ฝน", "เก็บ", "เกี่ยว"};

    @TempDir
    Path tmp;

    @Test
    void aOneLineTextOf260MegabytesIsRefusedUnderA512MegabyteHeap() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path big = in.resolve("one-line.txt");
        byte[] chunk = words(new Random(1), 1 << 20, false);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 260_000_000L; written += chunk.length) {
                out.write(chunk);
            }
        }
        Files.writeString(in.resolve("small.txt"), SMALL_THAI, StandardCharsets.UTF_8);
        JsonNode report = importForked("512m", in, "one-line.txt").json();
        Files.delete(big);
        assertThat(report.get("added").asLong()).isEqualTo(1);
        assertThat(report.get("failed")).singleElement().satisfies(f -> {
            assertThat(f.get("path").asText()).endsWith("one-line.txt");
            assertThat(f.get("kind").asText()).isEqualTo("too_large");
            assertThat(f.get("error").asText()).startsWith("document longer than 5,000,000 characters");
        });
    }

    @Test
    void aGzipJsonLineOfOneGigabyteIsRefusedAndTheNextLineImported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path big = in.resolve("huge-line.jsonl.gz");
        writeHugeLine(big, words(new Random(2), 1_000_000, true), 1_000);
        assertThat(Files.size(big)).isLessThan(300_000_000L); // ordinary compression: no bomb by ratio
        JsonNode report = importForked("512m", in, big.getFileName().toString()).json();
        Files.delete(big);
        assertThat(report.get("added").asLong()).isEqualTo(1); // the line after the huge one
        assertThat(report.get("failed")).singleElement().satisfies(f -> {
            assertThat(f.get("part").asText()).isEqualTo("line 1");
            assertThat(f.get("kind").asText()).isEqualTo("too_large");
        });
    }

    @Test
    void theSameLineAsACompressionBombIsRefusedByTheRatio() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path bomb = in.resolve("bomb.jsonl.gz");
        writeHugeLine(bomb, "ข้าว".repeat(83_333).getBytes(StandardCharsets.UTF_8), 1_000);
        assertThat(Files.size(bomb)).isLessThan(10_000_000L);
        JsonNode report = importForked("512m", in, bomb.getFileName().toString()).json();
        assertThat(report.get("failed").findValuesAsText("kind")).containsOnly("too_large");
        assertThat(report.get("failed").findValuesAsText("error"))
                .anySatisfy(e -> assertThat(e).contains("times its compressed size"));
    }

    @Test
    void runningTheHeapOutIsAFailureOfThatInputAndStrictExitsOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (OutputStream out = Files.newOutputStream(in.resolve("book.txt"))) {
            Random random = new Random(3);
            for (int i = 0; i < 9; i++) {
                out.write(words(random, 1_000_000, false)); // about 3.3 million characters: under the limit
                out.write('\n');
            }
        }
        Files.writeString(in.resolve("small.txt"), SMALL_THAI, StandardCharsets.UTF_8);
        ForkedJvm.Result result = ForkedJvm.cli("96m", tmp, "-C", corpus(), "--json", "import", "--strict",
                "--threads", "1", in.toString());
        report("3.3M-character book at -Xmx96m", result);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode report = result.json();
        assertThat(report.get("added").asLong()).isEqualTo(1);
        assertThat(report.get("failed")).singleElement().satisfies(f -> {
            assertThat(f.get("path").asText()).endsWith("book.txt");
            assertThat(f.get("kind").asText()).isEqualTo("internal");
            assertThat(f.get("error").asText()).startsWith("ran out of memory while importing this input");
        });
    }

    /** Imports {@code in} with --strict in a JVM with this heap: one input fails, so the exit code is 1. */
    private ForkedJvm.Result importForked(String heap, Path in, String probe) throws Exception {
        ForkedJvm.Result result = ForkedJvm.cli(heap, tmp, "-C", corpus(), "--json", "import", "--strict",
                in.toString());
        report(probe + " at -Xmx" + heap, result);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.json().get("failed").findValuesAsText("kind")).doesNotContain("internal");
        return result;
    }

    private String corpus() {
        Path home = tmp.resolve("corpus");
        if (!Files.exists(home)) {
            assertThat(CliRunner.run("init", home.toString()).exitCode()).isZero();
        }
        return home.toString();
    }

    private static void report(String probe, ForkedJvm.Result result) {
        System.out.println(String.format(Locale.ROOT, "reliability probe %s: exit %d, peak heap %.0f MB", probe,
                result.exitCode(), result.peakHeapBytes() / 1048576.0));
    }

    /**
     * One JSON line whose text is {@code chunk} repeated {@code times}, then a short line, as a gzip file of
     * members: the chunk is compressed once and its member written {@code times} (gzip readers read members one
     * after the other), so a gigabyte line costs seconds to write.
     */
    private static void writeHugeLine(Path file, byte[] chunk, int times) throws IOException {
        byte[] member = gzip(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < times; i++) {
                out.write(member);
            }
            out.write(gzip(("\"}\n{\"id\":\"after\",\"text\":\"" + SMALL_THAI + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    /** About {@code bytes} of Thai words in random order (whole characters), with or without spaces. */
    private static byte[] words(Random random, int bytes, boolean spaces) {
        StringBuilder text = new StringBuilder();
        int length = 0;
        while (length < bytes - 30) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(word);
            length += word.length() * 3;
            if (spaces && random.nextInt(5) == 0) {
                text.append(' ');
                length++;
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
