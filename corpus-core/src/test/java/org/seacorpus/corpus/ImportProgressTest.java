package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long import inside one dataset file reports its progress as it goes, by rows stored and bytes read, instead
 * of "0 files" and silence until the file is done.
 */
class ImportProgressTest {
    @TempDir
    Path tmp;

    @Test
    void oneBigDatasetReportsRowsAndBytesWhileItIsRead() throws Exception {
        Path dataset = tmp.resolve("radio/transcripts.jsonl");
        Files.createDirectories(dataset.getParent());
        int rows = 600;
        try (BufferedWriter out = Files.newBufferedWriter(dataset, StandardCharsets.UTF_8)) {
            for (int n = 0; n < rows; n++) {
                out.write("{\"id\": \"t" + n + "\", \"text\": \"ລາຍການວິທະຍຸຕອນເຊົ້າທີ " + n
                        + " ເວົ້າເລື່ອງລາຄາເຂົ້າ ແລະ ອາກາດໃນແຂວງຈຳປາສັກ\"}\n");
            }
        }
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "progress");
        List<ImportJob.Progress> seen = Collections.synchronizedList(new ArrayList<>());
        ImportOptions options = ImportOptions.of(List.of(dataset)).withThreads(2);
        ImportReport report;
        try (CorpusStore store = new CorpusStore(corpus.home(), corpus.analyzers(), "import")) {
            report = new ImportJob(store, options, corpus.importPipeline(null), seen::add, null).progressEvery(0)
                    .run();
        }
        assertThat(report.added()).isEqualTo(rows);
        long size = Files.size(dataset);
        List<ImportJob.Progress> during = seen.stream().filter(p -> p.documents() < rows).toList();
        assertThat(during).as("reports before the file was done").hasSizeGreaterThan(10);
        assertThat(during).allSatisfy(p -> {
            assertThat(p.bytesFound()).isEqualTo(size);
            assertThat(p.bytesRead()).isBetween(1L, size);
        });
        assertThat(during.get(during.size() - 1).documents()).isGreaterThan(during.get(0).documents());
        ImportJob.Progress last = seen.get(seen.size() - 1);
        assertThat(last.documents()).isEqualTo(rows);
        assertThat(last.bytesRead()).isEqualTo(size);
        assertThat(last.describe()).isEqualTo(rows + " documents, " + String.format(java.util.Locale.ROOT, "%.1f",
                size / 1e6) + " MB read of " + String.format(java.util.Locale.ROOT, "%.1f", size / 1e6)
                + " MB found, 0 failed");
    }
}
