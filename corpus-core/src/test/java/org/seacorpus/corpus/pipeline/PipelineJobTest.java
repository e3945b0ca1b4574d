package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;

/** A pipeline over small Thai, Lao and Khmer inputs: idempotence, changes, gone inputs, dry run. */
class PipelineJobTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void writeInputs() throws Exception {
        data = tmp.resolve("data");
        write("th/rice.txt", "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวหอมมะลิแล้ว ราคาข้าวปีนี้ดีกว่าปีก่อน");
        write("lo/market.txt", "ຕະຫຼາດເຊົ້າວັນອາທິດມີຜັກສົດແລະປາແມ່ນ້ຳຂອງຫຼາຍຊະນິດ");
        write("km/farmers.txt", "កសិករនៅខេត្តបាត់ដំបងប្រមូលផលស្រូវបានច្រើនជាងមុន");
        write("rows.jsonl", """
                {"id": "th-1", "text": "ฝนตกหนักทางภาคเหนือทำให้น้ำในแม่น้ำปิงสูงขึ้น"}
                {"id": "lo-1", "text": "ນັກຮຽນໄປໂຮງຮຽນດ້ວຍລົດຖີບທຸກມື້"}
                {"id": "km-1", "text": "សិស្សរៀនភាសាអង់គ្លេសនៅសាលារៀនភូមិ"}
                """);
    }

    private Path write(String name, String text) throws Exception {
        Path file = data.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private PipelineFile pipeline(String onMissing) throws Exception {
        Path file = tmp.resolve("pipeline.yaml");
        Files.writeString(file, """
                name: test
                corpus: {home: corpus}
                sources:
                  - name: texts
                    paths: [data]
                    exclude: ["*.jsonl"]
                    tags: [daily]
                    metadata: {collection: field-notes}
                  - name: rows
                    paths: ["data/*.jsonl"]
                import: {on_missing: %s, commit_every: 2}
                export:
                  - out: export
                    compress: gzip
                checks:
                  required_languages: [th, lo, km]
                  min_documents_per_language: 2
                """.formatted(onMissing));
        return new PipelineConfigReader(LanguageProfiles.builtIn()).read(file);
    }

    private PipelineReport run(PipelineFile pipeline, boolean dryRun) {
        return new PipelineJob(pipeline, new PipelineJob.Options(null, null, dryRun), null).run();
    }

    @Test
    void aSecondRunOverUnchangedInputsDoesNoWork() throws Exception {
        PipelineFile pipeline = pipeline("report");
        PipelineReport first = run(pipeline, false);
        assertThat(first.exitCode()).as(first.checks().toString()).isZero();
        assertThat(first.importStep().added()).isEqualTo(6);
        assertThat(first.importStep().filesNew()).isEqualTo(4);
        assertThat(first.export().targets().get(0).status()).isEqualTo("written");
        assertThat(first.export().targets().get(0).rows()).isEqualTo(6);
        Corpus corpus = Corpus.open(tmp.resolve("corpus"));
        long version = corpus.indexVersion();

        PipelineReport second = run(pipeline, false);
        assertThat(second.importStep().added()).isZero();
        assertThat(second.importStep().updated()).isZero();
        assertThat(second.importStep().inputs()).as("no file was read").isZero();
        assertThat(second.importStep().filesUnchanged()).isEqualTo(4);
        assertThat(second.importStep().unchanged()).isEqualTo(6);
        assertThat(second.export().targets().get(0).status()).isEqualTo("up_to_date");
        assertThat(corpus.indexVersion()).as("nothing was committed").isEqualTo(version);
        assertThat(second.exitCode()).isZero();
    }

    @Test
    void aTouchedFileIsHashedAndSkippedAChangedOneIsUpdated() throws Exception {
        PipelineFile pipeline = pipeline("report");
        run(pipeline, false);
        Files.setLastModifiedTime(data.resolve("th/rice.txt"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        PipelineReport touched = run(pipeline, false);
        assertThat(touched.importStep().filesUnchanged()).isEqualTo(4);
        assertThat(touched.importStep().inputs()).isZero();

        write("lo/market.txt", "ຕະຫຼາດເຊົ້າວັນອາທິດມີໝາກມ່ວງແລະເຂົ້າໜຽວຂາຍ");
        PipelineReport changed = run(pipeline, false);
        assertThat(changed.importStep().filesChanged()).isEqualTo(1);
        assertThat(changed.importStep().updated()).isEqualTo(1);
        assertThat(changed.importStep().added()).isZero();
        assertThat(changed.export().targets().get(0).status()).isEqualTo("written");
        Corpus corpus = Corpus.open(tmp.resolve("corpus"));
        SearchResult hits = corpus.search(new SearchRequest("ໝາກມ່ວງ", "lo", List.of(), 5));
        assertThat(hits.total()).isEqualTo(1);
        assertThat(corpus.stats().total().documents()).isEqualTo(6);
    }

    @Test
    void aRemovedRowIsReportedAsStaleAndMarkedWhenAsked() throws Exception {
        PipelineFile pipeline = pipeline("mark");
        run(pipeline, false);
        write("rows.jsonl", """
                {"id": "th-1", "text": "ฝนตกหนักทางภาคเหนือทำให้น้ำในแม่น้ำปิงสูงขึ้น"}
                {"id": "km-1", "text": "សិស្សរៀនភាសាអង់គ្លេសនៅសាលារៀនភូមិ"}
                """);
        PipelineReport report = run(pipeline, false);
        assertThat(report.importStep().unchanged()).isEqualTo(5);
        assertThat(report.importStep().staleDocuments()).isEqualTo(1);
        assertThat(report.importStep().markedMissing()).isEqualTo(1);
        Corpus corpus = Corpus.open(tmp.resolve("corpus"));
        assertThat(corpus.health().status("rejected")).isEqualTo(1);
        assertThat(corpus.health().okByLanguage()).containsEntry("lo", 1L);

        write("rows.jsonl", """
                {"id": "th-1", "text": "ฝนตกหนักทางภาคเหนือทำให้น้ำในแม่น้ำปิงสูงขึ้น"}
                {"id": "lo-1", "text": "ນັກຮຽນໄປໂຮງຮຽນດ້ວຍລົດຖີບທຸກມື້"}
                {"id": "km-1", "text": "សិស្សរៀនភាសាអង់គ្លេសនៅសាលារៀនភូមិ"}
                """);
        PipelineReport back = run(pipeline, false);
        assertThat(back.importStep().restored()).isEqualTo(1);
        assertThat(corpus.health().status("rejected")).isZero();
    }

    @Test
    void aDeletedFileIsReportedEveryRunAndMarkedOnlyWithMark() throws Exception {
        run(pipeline("report"), false);
        Path rice = data.resolve("th/rice.txt");
        String text = Files.readString(rice);
        Files.delete(rice);
        PipelineReport reported = run(pipeline("report"), false);
        assertThat(reported.importStep().filesMissing()).isEqualTo(1);
        assertThat(reported.importStep().missing().get(0).path()).endsWith("rice.txt");
        assertThat(reported.importStep().missing().get(0).marked()).isFalse();
        Corpus corpus = Corpus.open(tmp.resolve("corpus"));
        assertThat(corpus.health().status("rejected")).isZero();
        assertThat(run(pipeline("report"), false).importStep().filesMissing()).isEqualTo(1);

        PipelineReport marked = run(pipeline("mark"), false);
        assertThat(marked.importStep().markedMissing()).isEqualTo(1);
        assertThat(corpus.health().status("rejected")).isEqualTo(1);
        assertThat(marked.exitCode()).as("th now has 1 ok document, the check wants 2").isEqualTo(1);
        assertThat(marked.checks()).anyMatch(c -> c.check().equals("min_documents_per_language") && c.failed()
                && c.message().contains("th has 1 < 2"));

        write("th/rice.txt", text);
        PipelineReport back = run(pipeline("mark"), false);
        assertThat(back.importStep().filesMissing()).isZero();
        assertThat(back.importStep().restored()).isEqualTo(1);
        assertThat(corpus.health().status("rejected")).isZero();
        assertThat(back.exitCode()).isZero();
    }

    @Test
    void changedSourceSettingsImportTheSourceAgain() throws Exception {
        run(pipeline("report"), false);
        PipelineFile retagged = new PipelineConfigReader(LanguageProfiles.builtIn()).read(
                Files.writeString(tmp.resolve("pipeline.yaml"), Files.readString(tmp.resolve("pipeline.yaml"))
                        .replace("tags: [daily]", "tags: [daily, reviewed]")));
        PipelineReport report = run(retagged, false);
        assertThat(report.importStep().filesChanged()).isEqualTo(3);
        assertThat(report.importStep().updated()).isEqualTo(3);
        assertThat(Corpus.open(tmp.resolve("corpus")).search(new SearchRequest("ข้าว", "th",
                List.of("tags:reviewed"), 5)).total()).isEqualTo(1);
    }

    @Test
    void aRenamedSourceTakesOverItsFilesAndStillNoticesWhenOneGoes() throws Exception {
        run(pipeline("report"), false);
        Path file = tmp.resolve("pipeline.yaml");
        PipelineFile renamed = new PipelineConfigReader(LanguageProfiles.builtIn()).read(
                Files.writeString(file, Files.readString(file).replace("name: texts", "name: field-notes")));
        PipelineReport report = run(renamed, false);
        assertThat(report.importStep().filesNew()).as("new to the renamed source").isEqualTo(3);
        assertThat(report.importStep().added() + report.importStep().updated()).isZero();
        assertThat(report.importStep().unchanged()).isEqualTo(6);
        assertThat(run(renamed, false).importStep().filesUnchanged()).isEqualTo(4);

        Files.delete(data.resolve("km/farmers.txt"));
        PipelineReport gone = run(renamed, false);
        assertThat(gone.importStep().missing()).extracting(PipelineReport.MissingInput::source)
                .containsExactly("test/field-notes");
    }

    @Test
    void aDryRunSaysWhatWouldBeDoneAndWritesNothing() throws Exception {
        PipelineReport plan = run(pipeline("report"), true);
        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.importStep().filesNew()).isEqualTo(4);
        assertThat(plan.importStep().added()).isZero();
        assertThat(plan.export().targets().get(0).status()).isEqualTo("would_write");
        assertThat(tmp.resolve("corpus")).doesNotExist();
        assertThat(tmp.resolve("export")).doesNotExist();

        run(pipeline("report"), false);
        write("km/farmers.txt", "កសិករដាំម្រេចនៅខេត្តកំពត");
        PipelineReport again = run(pipeline("report"), true);
        assertThat(again.importStep().filesChanged()).isEqualTo(1);
        assertThat(again.importStep().filesUnchanged()).isEqualTo(3);
        assertThat(Corpus.open(tmp.resolve("corpus")).search(new SearchRequest("ម្រេច", "km", List.of(), 5))
                .total()).isZero();
    }

    @Test
    void anEmptySourceFolderImportsNothingAndTheChecksSaySo() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        Path file = Files.writeString(tmp.resolve("empty.yaml"), """
                corpus: corpus
                sources: [{paths: [empty]}]
                checks: {required_languages: [th]}
                """);
        PipelineReport report = run(new PipelineConfigReader(LanguageProfiles.builtIn()).read(file), false);
        assertThat(report.importStep().files()).isZero();
        assertThat(report.importStep().added()).isZero();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.checks().get(0).message()).contains("no ok documents in th");
    }
}
