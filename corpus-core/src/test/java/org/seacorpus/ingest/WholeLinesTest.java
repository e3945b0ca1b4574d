package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON lines read whole from their bytes ({@link LineInput#wholeLine(int)}, {@link JsonRowReader.Scratch}) give
 * exactly what the same lines give streamed through a reader: the same rows, the same refusals with the same
 * words, at the same line numbers, whatever the bytes (stray, truncated, overlong or surrogate UTF-8, four-byte
 * characters), the limits, or how the input arrives (short reads, lines across the buffer's end, lines longer
 * than the buffer).
 */
class WholeLinesTest {
    @TempDir
    Path dir;

    private static final ImportLimits SMALL = new ImportLimits(64 << 10, 1 << 20, 1000, 200, 2, 2_000);
    private static final ImportLimits TINY = new ImportLimits(300, 1 << 20, 1000, 200, 2, 100);

    @Test
    void randomLinesReadWholeGiveWhatTheyGiveStreamed() throws IOException {
        for (ImportLimits limits : List.of(ImportLimits.DEFAULTS, SMALL, TINY)) {
            int wholeLines = 0;
            for (long seed = 1; seed <= 40; seed++) {
                byte[] data = randomLines(new Random(seed), 120);
                List<String> streamed = readAll(data, limits, false, seed, new int[1]);
                int[] whole = new int[1];
                List<String> read = readAll(data, limits, true, seed, whole);
                assertThat(firstDifference(read, streamed)).as("seed %d, limits %s", seed, limits).isEmpty();
                wholeLines += whole[0];
            }
            assertThat(wholeLines).as("lines read whole under %s", limits).isGreaterThan(500);
        }
    }

    @Test
    void aStrayByteInARowReadWholeBecomesAReplacementCharacter() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"text\":\"ສະບາຍ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte without its continuation
        bytes.write("ດີ\"}\n{\"id\":\"b\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate written as UTF-8
        bytes.write("x\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("stray.jsonl");
        Files.write(file, bytes.toByteArray());
        CollectingSink sink = extract(file, ImportLimits.DEFAULTS);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.documents).extracting(d -> d.text())
                .containsExactly("ສະບາຍ\uFFFDດີ", "\uFFFDx"); // the JDK's decoder, as a reader gives it
    }

    @Test
    void rowsLongerThanAnyBufferAndAcrossItsEndAreReadInFull() throws Exception {
        String huge = "ກ".repeat(300_000); // 900 KB of UTF-8: past the 64 KiB line buffer many times
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = i == 77 ? huge : ("ສະບາຍດີ " + i + " ").repeat(1 + i % 40);
            text.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append(body).append("\"}\n");
            expected.add(body);
        }
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportLimits roomy = new ImportLimits(64L << 20, 1L << 30, 1000, 200, 2, 10_000_000);
        CollectingSink sink = extract(file, roomy);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.documents).extracting(d -> d.text()).containsExactlyElementsOf(expected);
        assertThat(sink.documents).extracting(d -> d.origin().part()).startsWith("id=r0", "id=r1");
    }

    /** The first line read differently, shortened, or empty when both lists are the same. */
    private static String firstDifference(List<String> read, List<String> streamed) {
        for (int i = 0; i < Math.max(read.size(), streamed.size()); i++) {
            String a = i < read.size() ? read.get(i) : "(none)";
            String b = i < streamed.size() ? streamed.get(i) : "(none)";
            if (!a.equals(b)) {
                int at = 0;
                while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 60);
                return "whole: " + a.substring(from, Math.min(a.length(), at + 60)) + " | streamed: "
                        + b.substring(from, Math.min(b.length(), at + 60)) + " (at char " + at + " of line "
                        + (i + 1) + ")";
            }
        }
        return "";
    }

    private static CollectingSink extract(Path file, ImportLimits limits) throws Exception {
        CollectingSink sink = new CollectingSink();
        new DatasetExtractor(DatasetOptions.DEFAULTS, limits).extract(InputItem.ofFile(file), sink);
        return sink;
    }

    /** Every line's number and row or refusal, each line streamed or (when it fits) read whole. */
    private static List<String> readAll(byte[] data, ImportLimits limits, boolean whole, long seed, int[] wholeCount)
            throws IOException {
        JsonRowReader rows = new JsonRowReader(limits);
        JsonRowReader.Scratch scratch = new JsonRowReader.Scratch();
        LineInput lines = new LineInput(new ChoppyInput(data, new Random(seed)));
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            String result;
            try {
                Map<String, String> row;
                int length = whole ? lines.wholeLine(rows.wholeLineBytes()) : -1;
                if (length >= 0) {
                    wholeCount[0]++;
                    row = rows.read(lines.lineBytes(), lines.lineOffset(), length, scratch);
                } else {
                    row = rows.read(lines.line());
                }
                result = String.valueOf(row);
            } catch (JsonRowReader.RowException e) {
                result = e.kind() + " " + e.getMessage();
            }
            out.add(lines.lineNumber() + ": " + result);
        }
        return out;
    }

    /** Short reads of random sizes, as a decompressing stream gives them. */
    private static final class ChoppyInput extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;

        ChoppyInput(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == data.length) {
                return -1;
            }
            int n = Math.min(data.length - pos, random.nextBoolean() ? len : 1 + random.nextInt(Math.min(len, 9000)));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static final String[] ALPHABETS = {"abc xyz 012", "ภาษาไทย ", "ສະບາຍດີ ", "ខ្មែរ ", "😀𝄞 ", "\\\"\\n\\u0041\\t"};

    private static byte[] randomLines(Random random, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] line = randomLine(random);
            out.write(line);
            if (i < count - 1 || random.nextBoolean()) {
                out.write(random.nextInt(10) == 0 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
            }
        }
        return out.toByteArray();
    }

    private static byte[] randomLine(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return random.nextBoolean() ? new byte[0] : "  \t ".getBytes(StandardCharsets.US_ASCII);
        }
        StringBuilder row = new StringBuilder("{\"id\":\"x").append(random.nextInt(1000)).append('"');
        int fields = 1 + random.nextInt(4);
        for (int f = 0; f < fields; f++) {
            row.append(random.nextBoolean() ? ", " : ",");
            String name = f == 0 ? "text" : random.nextInt(30) == 0 ? "n".repeat(50_001) : "f" + f;
            row.append('"').append(name).append("\":");
            switch (random.nextInt(8)) {
                case 0 -> row.append(random.nextBoolean() ? "null" : "true");
                case 1 -> row.append(random.nextInt(20) == 0 ? "1".repeat(1200) : String.valueOf(random.nextLong()));
                case 2 -> row.append("{\"a\":[1,2,{\"b\":\"").append(text(random, 50)).append("\"}]}");
                case 3 -> row.append("[\"").append(text(random, 200)).append("\", 3.5e2]");
                default -> row.append('"').append(text(random, random.nextInt(12) == 0 ? 90_000 : 1_500))
                        .append('"');
            }
        }
        row.append('}');
        if (kind == 1) {
            row.append(" {\"second\":1}");
        }
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        if (kind == 2 || kind == 3) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut anywhere, mid-character too
        }
        if (kind >= 4 && kind <= 6) {
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0xB8}};
            byte[] stray = bad[random.nextInt(bad.length)];
            int at = random.nextInt(bytes.length);
            byte[] spliced = new byte[bytes.length + stray.length];
            System.arraycopy(bytes, 0, spliced, 0, at);
            System.arraycopy(stray, 0, spliced, at, stray.length);
            System.arraycopy(bytes, at, spliced, at + stray.length, bytes.length - at);
            bytes = spliced;
        }
        return bytes;
    }

    private static String text(Random random, int maxChars) {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        int n = random.nextInt(maxChars + 1);
        StringBuilder text = new StringBuilder(n);
        while (text.length() < n) {
            text.append(alphabet);
        }
        return text.substring(0, n).replaceAll("[\\uD800-\\uDBFF]$", "");
    }
}
