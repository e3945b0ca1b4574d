package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.DocumentId;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.SearchRequest;

/**
 * A pipeline names its files relative to its own folder (with a source's {@code source_name} in front), so the
 * same checkout on another machine (another absolute folder, fresh modification times) finds every file
 * unchanged in the ledger and every document under the same id; and a schema-1 ledger keyed by file URIs is
 * renamed in place by a migration.
 */
class PipelinePortabilityTest {
    @TempDir
    Path tmp;

    private static final String PIPELINE = """
            name: daily
            corpus: {home: %s}
            sources:
              - name: texts
                paths: [data]
                exclude: ["*.jsonl"]
              - name: radio
                paths: ["data/*.jsonl"]
                source_name: lo-radio/2025-11
            """;

    private Path checkout(Path root, Path corpus) throws Exception {
        write(root, "data/th/ข้าว.txt", "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวหอมมะลิแล้ว ราคาข้าวปีนี้ดีกว่าปีก่อน");
        write(root, "data/km/farmers.txt", "កសិករនៅខេត្តបាត់ដំបងប្រមូលផលស្រូវបានច្រើនជាងមុន");
        write(root, "data/rows.jsonl", """
                {"id": "lo-1", "text": "ນັກຮຽນໄປໂຮງຮຽນດ້ວຍລົດຖີບທຸກມື້ ແລະ ຟັງວິທະຍຸຕອນເຊົ້າ"}
                """);
        return write(root, "pipeline.yaml", PIPELINE.formatted(corpus));
    }

    private static Path write(Path root, String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static PipelineReport run(Path file) {
        PipelineFile pipeline = new PipelineConfigReader(LanguageProfiles.builtIn()).read(file);
        return new PipelineJob(pipeline, new PipelineJob.Options(null, null, false), null).run();
    }

    @Test
    void theSameCheckoutOnAnotherMachineFindsEveryFileUnchanged() throws Exception {
        Path corpus = tmp.resolve("shared-cache/corpus");
        PipelineReport first = run(checkout(tmp.resolve("machine-a/home/ci/work/repo"), corpus));
        assertThat(first.importStep().added()).isEqualTo(3);

        Thread.sleep(20); // the second checkout's files are younger: the fingerprints are hashed, not trusted
        PipelineReport second = run(checkout(tmp.resolve("machine-b/builds/7731/repo"), corpus));
        assertThat(second.importStep().filesNew()).isZero();
        assertThat(second.importStep().filesChanged()).isZero();
        assertThat(second.importStep().filesUnchanged()).isEqualTo(3);
        assertThat(second.importStep().filesMissing()).isZero();
        assertThat(second.importStep().added()).isZero();

        Corpus opened = Corpus.open(corpus);
        var hits = opened.search(new SearchRequest("*:*", null, List.of(), 10)).hits();
        assertThat(hits).extracting(h -> h.source() + (h.part().isEmpty() ? "" : " [" + h.part() + "]"))
                .containsExactlyInAnyOrder("data/th/ข้าว.txt", "data/km/farmers.txt",
                        "lo-radio/2025-11/data/rows.jsonl [id=lo-1]");
        assertThat(hits).allSatisfy(h -> assertThat(h.id()).isEqualTo(DocumentId.of(h.source(), h.part())));
    }

    @Test
    void aMigrationRenamesTheLedgersFileUriKeys() throws Exception {
        Path home = tmp.resolve("corpus");
        try (SourceLedger ledger = SourceLedger.open(home)) {
            for (String name : List.of("th.txt", "lo.txt")) {
                ledger.record(new SourceLedger.Entry("file:///old/checkout/data/" + name, "/old/checkout/data/" + name,
                        "daily/texts", new FileFingerprint(10, 20, "ab"), "settings", "stamp-" + name, 1, List.of(),
                        "", false));
            }
            ledger.commit();
        }
        long renamed = LedgerMigration.rename(home, path -> "data/" + path.getFileName());
        assertThat(renamed).isEqualTo(2);
        try (SourceLedger ledger = SourceLedger.open(home)) {
            assertThat(ledger.all()).extracting(SourceLedger.Entry::source)
                    .containsExactlyInAnyOrder("data/th.txt", "data/lo.txt");
            assertThat(ledger.lookup("data/th.txt").stamp()).isEqualTo("stamp-th.txt");
            assertThat(ledger.lookup("file:///old/checkout/data/th.txt")).isNull();
        }
        assertThat(LedgerMigration.rename(home, path -> "data/" + path.getFileName())).isZero();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("ledger");
        }
    }
}
