package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;

/** Import on small hand-made inputs: ids, re-import, curation carried over, bad inputs, forced language. */
class CorpusImportTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reimportingTheSameSourceUpdatesInPlaceAndSkipsWhatDidNotChange() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        write("th.txt", "เกษตรกรใช้ปัญญาประดิษฐ์วางแผนการปลูกข้าว");
        write("lo.txt", "ຊາວກະສິກອນປູກເຂົ້າໜຽວຢູ່ແຂວງສະຫວັນນະເຂດ");
        Path in = tmp.resolve("in");

        ImportReport first = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.byLanguage()).containsEntry("th", 1L).containsEntry("lo", 1L);

        ImportReport second = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);

        write("lo.txt", "ຊາວກະສິກອນປູກເຂົ້າໜຽວຢູ່ແຂວງຈຳປາສັກ");
        ImportReport third = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(1);
        assertThat(corpus.stats().total().documents()).isEqualTo(2);
        assertThat(corpus.search(new SearchRequest("ຈຳປາສັກ", "lo", List.of(), 10)).total()).isEqualTo(1);
        assertThat(corpus.search(new SearchRequest("ສະຫວັນນະເຂດ", "lo", List.of(), 10)).total()).isZero();
        assertThat(Files.list(corpus.home().runsDir()).toList()).hasSize(3);
    }

    @Test
    void overlappingArgumentsImportAFileOnce() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        Path file = write("sub/km.txt", "កសិករដាំស្រូវនៅខេត្តបាត់ដំបង");
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"), file)), null);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.inputs()).isEqualTo(1);
    }

    @Test
    void badInputsAreReportedWithTheirReasonAndTheRestIsImported() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        write("good.txt", "ชาวนาเก็บเกี่ยวข้าวในเดือนพฤศจิกายน");
        Files.write(tmp.resolve("in/empty.txt"), new byte[0]);
        byte[] junk = new byte[2048];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        Files.write(tmp.resolve("in/junk.txt"), junk);
        Files.writeString(tmp.resolve("in/broken.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage",
                StandardCharsets.ISO_8859_1);
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"),
                tmp.resolve("missing-folder"))), null);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).extracting(f -> Path.of(f.path()).getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "junk.txt", "broken.pdf", "missing-folder");
        assertThat(reason(report, "empty.txt")).contains("empty file");
        assertThat(reason(report, "junk.txt")).contains("binary content");
        assertThat(reason(report, "broken.pdf")).contains("application/pdf");
        assertThat(reason(report, "missing-folder")).contains("no such file");
    }

    @Test
    void thaiLegacyFileIsDecodedAsWindows874() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        String thai = "“ราคาข้าวหอมมะลิปีนี้สูงขึ้นมาก…” ผู้ใหญ่บ้านกล่าวกับชาวนาในหมู่บ้าน";
        Files.createDirectories(tmp.resolve("in"));
        Files.write(tmp.resolve("in/legacy.txt"), thai.getBytes(Charset.forName("windows-874")));
        corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null);
        SearchResult result = corpus.search(new SearchRequest("หอมมะลิ", "th", List.of(), 1));
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits().get(0).snippet()).contains("“ราคาข้าว").contains("…”");
    }

    @Test
    void forcedLanguageAndTagsAreStoredAndFilterable() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        write("ms.txt", "Pesawah di Kedah menerima benih padi percuma daripada kerajaan negeri.");
        corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))).withForcedLang("ms")
                .withTags(Set.of("pertanian", "berita")), null);
        SearchResult hits = corpus.search(new SearchRequest("padi", null, List.of("tags:berita", "lang:ms"), 5));
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.hits().get(0).tags()).containsExactly("berita", "pertanian");
        assertThat(corpus.search(new SearchRequest("padi", null, List.of("tags:sukan"), 5)).total()).isZero();
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheLock() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        try (CorpusLock held = CorpusLock.acquire(corpus.home().dir(), "test holder")) {
            assertThatThrownBy(() -> corpus.importFrom(ImportOptions.of(List.of(tmp)), null))
                    .isInstanceOf(CorpusLockedException.class)
                    .hasMessageContaining("is locked by pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("test holder");
        }
        write("th.txt", "ข้าว");
        assertThat(corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null).added()).isEqualTo(1);
    }

    @Test
    void openingAMissingOrNewerCorpusFailsClearly() throws Exception {
        assertThatThrownBy(() -> Corpus.open(tmp.resolve("nothing-here")))
                .isInstanceOf(CorpusNotFoundException.class).hasMessageContaining("corpus init");
        Corpus.create(tmp.resolve("c"), "t");
        Path yaml = tmp.resolve("c/corpus.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("schema_version: " + CorpusConfig.SCHEMA_VERSION, "schema_version: 99"));
        assertThatThrownBy(() -> Corpus.open(tmp.resolve("c")))
                .isInstanceOf(CorpusException.class).hasMessageContaining("newer than this build");
        assertThatThrownBy(() -> Corpus.create(tmp.resolve("c"), "again"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("already exists");
    }

    private static String reason(ImportReport report, String fileName) {
        return report.failed().stream().filter(f -> f.path().endsWith(fileName)).map(ImportFailure::error)
                .findFirst().orElseThrow();
    }
}
