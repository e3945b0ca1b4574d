package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.search.SearchRequest;

/** The import's hooks for batch runs: skipping files, stamping documents, committed outcomes, metadata. */
class ImportTrackerTest {
    @TempDir
    Path tmp;

    /** Skips files whose name starts with "skip", stamps the rest, and records what it hears. */
    private static class RecordingTracker implements SourceTracker {
        final List<Path> considered = Collections.synchronizedList(new ArrayList<>());
        final List<Outcome> finished = Collections.synchronizedList(new ArrayList<>());
        final List<Outcome> committed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Decision consider(Path file, String source) {
            considered.add(file);
            return file.getFileName().toString().startsWith("skip") ? Decision.SKIP
                    : Decision.importWith("stamp-" + file.getFileName());
        }

        @Override
        public void finished(Outcome outcome) {
            finished.add(outcome);
        }

        @Override
        public void committed(List<Outcome> outcomes) {
            committed.addAll(outcomes);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void skippedFilesAreNotReadAndEveryReadFileIsReportedAfterItsCommit() throws Exception {
        write("th.txt", "ชาวนาเก็บเกี่ยวข้าวในเดือนพฤศจิกายน");
        write("skip-lo.txt", "ຊາວກະສິກອນປູກເຂົ້າໜຽວ");
        write("empty.txt", "");
        try (OutputStream out = Files.newOutputStream(tmp.resolve("in/bundle.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] entry : new String[][] {{"km.txt", "កសិករដាំស្រូវ"}, {"my.txt", "လယ်သမားများ စပါးစိုက်သည်"}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        RecordingTracker tracker = new RecordingTracker();
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null, tracker);

        assertThat(tracker.considered).hasSize(4);
        assertThat(report.added()).isEqualTo(3);
        assertThat(corpus.search(new SearchRequest("ເຂົ້າໜຽວ", "lo", List.of(), 5)).total()).isZero();
        assertThat(tracker.committed).extracting(o -> o.file().getFileName() + "=" + o.documents() + "/"
                + o.failures().size()).containsExactlyInAnyOrder("th.txt=1/0", "bundle.zip=2/0", "empty.txt=0/1");
        assertThat(tracker.committed).containsExactlyInAnyOrderElementsOf(tracker.finished);
        assertThat(corpus.search(new SearchRequest("ข้าว", "th", List.of("source_stamp:stamp-th.txt"), 5)).total())
                .isOne();
    }

    @Test
    void anUnchangedDocumentFromANewerFileVersionGetsTheNewStampWithoutBeingUpdated() throws Exception {
        write("th.txt", "ชาวนาเก็บเกี่ยวข้าวในเดือนพฤศจิกายน");
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null, new RecordingTracker());
        SourceTracker newer = new RecordingTracker() {
            @Override
            public Decision consider(Path file, String source) {
                return Decision.importWith("stamp-2");
            }
        };
        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null, newer);
        assertThat(again.unchanged()).isOne();
        assertThat(again.updated()).isZero();
        assertThat(corpus.search(new SearchRequest("ข้าว", "th", List.of("source_stamp:stamp-2"), 5)).total()).isOne();
    }

    @Test
    void metadataFromTheOptionsIsAttachedToEveryDocument() throws Exception {
        write("th.txt", "ชาวนาเก็บเกี่ยวข้าวในเดือนพฤศจิกายน");
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in")))
                .withMetadata(Map.of("collection", "field-notes", "year", "2025")), null);
        assertThat(corpus.search(new SearchRequest("ข้าว", "th", List.of("meta.collection:field-notes",
                "meta.year:2025"), 5)).total()).isOne();
        // changed metadata is a change: the document is updated
        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in")))
                .withMetadata(Map.of("collection", "archive")), null);
        assertThat(again.updated()).isOne();
    }
}
