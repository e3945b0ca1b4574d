package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader holds at most one document within the per-document character limit, refuses a longer one with a
 * reason as soon as it is seen, and goes on with the rest; a compressed dataset expands no further than an
 * archive may; a file that yields nothing says so. The limits are made small here so that the inputs stay small;
 * the forked-JVM test in corpus-cli runs the real probes (260 MB, 1 GB) under a 512 MB heap.
 */
@Tag("reliability")
class ReadingLimitsTest {
    /** 2,000 characters per document, 64 KiB per file or line; bombs past 200 times. */
    private static final ImportLimits SMALL = new ImportLimits(64 << 10, 1 << 20, 1000, 200, 2, 2_000);

    @TempDir
    Path dir;

    @Test
    void aJsonLineWithATooLongTextIsRefusedAndTheNextLineIsRead() throws Exception {
        String longText = "ข้าวหอมมะลิ".repeat(400); // 4,400 characters
        Path file = write("rows.jsonl", "{\"id\":\"long\",\"text\":\"" + longText + "\"}\n"
                + "{\"id\":\"ok\",\"text\":\"ชาวนาปลูกข้าวหอมมะลิในภาคอีสาน\"}\n");
        CollectingSink sink = extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), file);
        assertThat(sink.documents).extracting(d -> d.origin().part()).containsExactly("id=ok");
        assertThat(sink.failures).containsExactly("line 1: " + SMALL.documentTooLong());
        assertThat(sink.kinds).containsExactly(ImportFailure.Kind.TOO_LARGE);
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutHoldingIt() throws Exception {
        String fields = "{\"id\":\"wide\"," + "\"k\":1,".repeat(20_000) + "\"text\":\"x\"}\n"; // 120 KB, short values
        Path file = write("wide.jsonl", fields + "{\"id\":\"ok\",\"text\":\"ភាសាខ្មែរ\"}\n");
        CollectingSink sink = extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), file);
        assertThat(sink.documents).extracting(d -> d.text()).containsExactly("ភាសាខ្មែរ");
        assertThat(sink.failures).hasSize(1).first().asString().startsWith("line 1: ");
        assertThat(sink.kinds).containsExactly(ImportFailure.Kind.TOO_LARGE);
    }

    @Test
    void severalTextFieldsTogetherPastTheLimitAreRefused() throws Exception {
        String half = "မြန်မာ".repeat(200); // 1,200 characters each, 2,400 joined
        Path file = write("qa.jsonl", "{\"q\":\"" + half + "\",\"a\":\"" + half + "\"}\n");
        CollectingSink sink = extract(new DatasetExtractor(new DatasetOptions(List.of("q", "a"), "id"), SMALL), file);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.failures).containsExactly("line 1: " + SMALL.documentTooLong());
    }

    @Test
    void aNestedValuePastTheLimitIsRefused() throws Exception {
        String nested = "{\"id\":\"n\",\"text\":\"ok\",\"tokens\":[" + "\"ก\",".repeat(3_000) + "\"ข\"]}\n";
        Path file = write("nested.jsonl", nested + "{\"id\":\"m\",\"text\":\"ສະບາຍດີ\"}\n");
        CollectingSink sink = extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), file);
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.kinds).containsExactly(ImportFailure.Kind.TOO_LARGE);
    }

    @Test
    void twoObjectsOnALineAreAFailureAndAStrayByteIsReplacedNotFatal() throws Exception {
        byte[] good = "{\"id\":\"c\",\"text\":\"ข่าวภาคค่ำ".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"text\":\"ภาษาไทย\"} {\"id\":\"b\",\"text\":\"ภาษาลาว\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(good);
        bytes.write(0xFF); // not UTF-8
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, bytes.toByteArray());
        CollectingSink sink = extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), file);
        assertThat(sink.failures).singleElement().asString().startsWith("line 1: malformed JSON: more than one value");
        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("ข่าวภาคค่ำ\uFFFD"));
    }

    @Test
    void aCompressionBombDatasetStopsAtTheArchiveRatio() throws Exception {
        Path file = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            byte[] row = "{\"text\":\"ก\"}\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 400_000; i++) {
                out.write(row); // 5.6 MB that compress to a few KB
            }
        }
        ImportLimits limits = new ImportLimits(64 << 10, 1L << 30, 1000, 200, 2, 2_000);
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> new DatasetExtractor(DatasetOptions.DEFAULTS, limits)
                .extract(InputItem.ofFile(file), sink))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("expands more than 200 times its compressed size")
                .hasMessageContaining("rows before it were read")
                .extracting(e -> ((ExtractionException) e).kind()).isEqualTo(ImportFailure.Kind.TOO_LARGE);
        assertThat(sink.documents.size()).isLessThan(400_000);
    }

    @Test
    void aHeaderOnlyCsvAndABlankJsonlAreFailuresNotSilence() throws Exception {
        Path csv = write("header.csv", "id,text\n");
        assertThatThrownBy(() -> extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), csv))
                .hasMessage("no rows: the file holds only a header")
                .extracting(e -> ((ExtractionException) e).kind()).isEqualTo(ImportFailure.Kind.NO_DOCUMENTS);
        Path blank = write("blank.jsonl", "\n\n   \n");
        assertThatThrownBy(() -> extract(new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL), blank))
                .hasMessage("no rows: the file holds no records");
    }

    @Test
    void aCsvCellPastTheLimitStopsTheFileWithAReason() throws Exception {
        Path csv = write("big.csv", "id,text\n1,\"" + "ข่าว".repeat(1_000) + "\"\n2,ok\n");
        CollectingSink sink = new CollectingSink();
        try {
            new DatasetExtractor(DatasetOptions.DEFAULTS, SMALL).extract(InputItem.ofFile(csv), sink);
        } catch (ExtractionException e) {
            // no row left: the file as a whole fails too
        }
        assertThat(sink.failures).hasSize(1).first().asString().startsWith("row 1: " + SMALL.documentTooLong());
        assertThat(sink.kinds).containsExactly(ImportFailure.Kind.TOO_LARGE);
    }

    @Test
    void aPlainTextFileIsRefusedOnceItPassesTheCharacterLimit() throws Exception {
        Path file = write("long.txt", "ภาษาไทย ".repeat(500)); // 4,000 characters, 10 KB
        assertThatThrownBy(() -> extract(new PlainTextExtractor(SMALL), file))
                .hasMessage(SMALL.documentTooLong())
                .extracting(e -> ((ExtractionException) e).kind()).isEqualTo(ImportFailure.Kind.TOO_LARGE);
    }

    @Test
    void aLargeTextIsDecodedAsAStreamExactlyAsWhole() throws Exception {
        // more than the 4 MiB sample, with a three-byte Thai letter across the sample's end
        String line = "ชาวนาในภาคกลางเริ่มปลูกข้าวนาปรังหลังน้ำลด 2569\n";
        int lineBytes = line.getBytes(StandardCharsets.UTF_8).length;
        String lines = line.repeat(PlainTextExtractor.SAMPLE_BYTES / lineBytes + 100);
        String text = null;
        byte[] bytes = null;
        for (String pad = "x"; text == null || (bytes[PlainTextExtractor.SAMPLE_BYTES] & 0xC0) != 0x80; pad += "x") {
            text = pad + lines;
            bytes = text.getBytes(StandardCharsets.UTF_8); // until the sample's end falls inside a letter
        }
        Path file = dir.resolve("big.txt");
        Files.write(file, bytes);
        ImportLimits roomy = new ImportLimits(64L << 20, 1L << 30, 1000, 200, 2, 10_000_000);
        CollectingSink sink = extract(new PlainTextExtractor(roomy), file);
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.documents.get(0).text()).isEqualTo(text);
        assertThat(sink.documents.get(0).origin().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void anArchiveWithADamagedCentralDirectoryIsAFailure() throws Exception {
        Path good = dir.resolve("news.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(good))) {
            out.putNextEntry(new ZipEntry("th/a.txt"));
            out.write("ข่าวเกษตรวันนี้".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(good);
        int end = bytes.length - 22; // the end-of-central-directory record: a directory of size 0 at offset 0
        java.util.Arrays.fill(bytes, end + 12, end + 20, (byte) 0);
        Path damaged = dir.resolve("damaged.zip");
        Files.write(damaged, bytes);
        List<InputItem> entries = new ArrayList<>();
        assertThatThrownBy(() -> new ArchiveReader(ImportLimits.DEFAULTS).read(InputItem.ofFile(damaged),
                entries::add, new CollectingSink()))
                .hasMessageContaining("central directory is damaged")
                .extracting(e -> ((ExtractionException) e).kind()).isEqualTo(ImportFailure.Kind.NO_DOCUMENTS);
        assertThat(entries).isEmpty();
    }

    @Test
    void linesAreStreamsThatEndAtTheLineFeed() throws IOException {
        byte[] text = "ก\r\n\nlong-" .concat("x".repeat(200_000)).concat("\nlast").getBytes(StandardCharsets.UTF_8);
        LineInput lines = new LineInput(new ByteArrayInputStream(text));
        List<String> read = new ArrayList<>();
        while (lines.next()) {
            InputStream line = lines.line();
            byte[] head = line.readNBytes(5); // read a little, leave the rest: next() skips it
            read.add(lines.lineNumber() + ":" + new String(head, StandardCharsets.UTF_8));
        }
        assertThat(read).containsExactly("1:ก\r", "2:", "3:long-", "4:last");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static CollectingSink extract(Extractor extractor, Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        extractor.extract(InputItem.ofFile(file), sink);
        return sink;
    }
}
