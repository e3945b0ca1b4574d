package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;

/**
 * What an import reports is what the index holds: repeated ids are failures, not extra {@code added}; an input
 * that yields nothing is a failure; every reason is one line of words without class names; links leading out
 * of the input are skipped and listed.
 */
@Tag("reliability")
class ImportReliabilityTest {
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:java|javax|jdk|sun|com|org|net|io)\\.[a-z_.]*[A-Z]|[A-Za-z]+(?:Exception|Error)\\b");

    @TempDir
    Path tmp;

    @Test
    void repeatedIdsInADatasetAreReportedAndTheCountsEqualWhatIsStored() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "ids");
        Path data = write("qa.jsonl", """
                {"id": "1", "text": "ชาวนาปลูกข้าวหอมมะลิในภาคอีสาน"}
                {"id": "2", "text": "កសិករដាំស្រូវនៅខេត្តបាត់ដំបង"}
                {"id": "1", "text": "ชาวนาปลูกข้าวเหนียวในภาคเหนือ"}
                {"id": "3", "text": "ຊາວກະສິກອນປູກເຂົ້າໜຽວ"}
                {"id": "2", "text": "កសិករដាំម្រេចនៅខេត្តកំពត"}
                """);
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(data)).withThreads(2), null);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.failed()).extracting(ImportFailure::part).containsExactly("id=1", "id=2");
        assertThat(report.failed()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ImportFailure.Kind.DUPLICATE_ID);
            assertThat(f.error()).contains("only the first is kept");
        });
        assertThat(corpus.stats().total().documents()).isEqualTo(report.documents()).isEqualTo(3);
        assertThat(corpus.search(new org.seacorpus.search.SearchRequest("ข้าวหอมมะลิ", "th", List.of(), 5)).total())
                .isEqualTo(1); // the first row with id 1 is the one kept

        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(data)).withThreads(2), null);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.failed()).hasSize(2);
        assertThat(corpus.stats().total().documents()).isEqualTo(3);
    }

    @Test
    void inputsThatYieldNothingAreFailuresWithAReason() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "empty");
        write("in/header.csv", "id,text\n");
        Path zip = tmp.resolve("in/damaged.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("th/news.txt"));
            out.write("ข่าวเกษตร".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        java.util.Arrays.fill(bytes, bytes.length - 22 + 12, bytes.length - 22 + 20, (byte) 0); // no directory
        Files.write(zip, bytes);
        Path folders = tmp.resolve("in/only-folders.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(folders))) {
            out.putNextEntry(new ZipEntry("th/"));
            out.closeEntry();
        }
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null);
        assertThat(report.documents()).isZero();
        assertThat(report.failed()).extracting(f -> tmp.relativize(Path.of(f.path())).toString(), ImportFailure::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("in/damaged.zip", ImportFailure.Kind.NO_DOCUMENTS),
                        org.assertj.core.groups.Tuple.tuple("in/header.csv", ImportFailure.Kind.NO_DOCUMENTS),
                        org.assertj.core.groups.Tuple.tuple("in/only-folders.zip", ImportFailure.Kind.NO_DOCUMENTS));
        assertThat(report.failed().get(0).error()).contains("central directory is damaged");
        assertThat(report.failed().get(1).error()).isEqualTo("no rows: the file holds only a header");
    }

    @Test
    void everyFailureReasonIsOneLineOfWordsWithoutClassNames() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "reasons");
        Path in = tmp.resolve("bad");
        Files.createDirectories(in);
        Files.write(in.resolve("truncated.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        byte[] zip = zipBytes();
        Files.write(in.resolve("garbled.zip"), garble(zip));
        Files.write(in.resolve("fake.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n".getBytes());
        Files.write(in.resolve("junk.txt"), new byte[] {0, 1, 2, 0, 0, 5, 0, 7, 0, 0});
        Files.writeString(in.resolve("broken.jsonl"), "{\"text\": \"ไม่ปิด\n{\"text\": 12\n[1, 2]\n");
        Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gzip("{\"text\":\"ข่าว\"}\n".repeat(500)), 60));
        Files.write(in.resolve("empty.docx"), new byte[0]);
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(report.failed()).hasSizeGreaterThanOrEqualTo(7);
        for (ImportFailure f : report.failed()) {
            assertThat(f.error()).as(f.toString()).doesNotContain("\n").doesNotContainPattern(CLASS_NAME)
                    .isNotBlank();
            assertThat(f.error().length()).as(f.error()).isLessThanOrEqualTo(FailureReason.MAX_LENGTH);
        }
    }

    @Test
    void linksLeavingTheInputAreSkippedAndListedInTheReport() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "links");
        write("in/th.txt", "ภาษาไทยในแฟ้มจริง");
        Files.createSymbolicLink(tmp.resolve("in/passwd.txt"), Path.of("/etc/passwd"));
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEmpty();
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).endsWith("passwd.txt");
            assertThat(s.reason()).contains("/etc/passwd").contains("not followed");
        });
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] zipBytes() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("ສະບາຍດີ ປະເທດລາວ".repeat(50).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Overwrites part of the central directory with junk. */
    private static byte[] garble(byte[] zip) {
        byte[] out = zip.clone();
        int cd = -1;
        for (int i = out.length - 4; i >= 0; i--) {
            if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
                cd = i;
                break;
            }
        }
        for (int i = cd + 10; i < cd + 40; i++) {
            out[i] = (byte) 0xFF;
        }
        return out;
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
