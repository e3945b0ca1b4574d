package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.index.Fields;
import org.seacorpus.ingest.ImportFailure;

/**
 * What an import stores does not depend on how its work is cut: one worker committing every three documents and
 * three workers with the default checkpoints store the same documents, field for field, from the sample data's
 * Thai, Khmer, Burmese and Vietnamese files, its datasets and its bad inputs, and report the same failures. Only the import times differ.
 */
class ImportCheckpointsTest {
    private static final Path SAMPLES = Path.of("..", "sample-data").toAbsolutePath().normalize();
    private static final Set<String> IMPORT_TIMES = Set.of(Fields.IMPORTED_AT, Fields.FIRST_IMPORTED_AT);

    @TempDir
    Path tmp;

    @Test
    void oneWorkerCommittingOftenAndThreeWorkersStoreTheSameDocuments() throws Exception {
        List<Path> inputs = List.of("th", "km", "my", "vi", "datasets", "bad").stream()
                .map(SAMPLES::resolve).toList();
        Corpus often = Corpus.create(tmp.resolve("often"), "often");
        ImportReport oftenReport = often.importFrom(ImportOptions.of(inputs).withThreads(1).withCommitEvery(3), null);
        Corpus parallel = Corpus.create(tmp.resolve("parallel"), "parallel");
        ImportReport parallelReport = parallel.importFrom(ImportOptions.of(inputs).withThreads(3), null);

        assertThat(oftenReport.added()).isGreaterThan(20).isEqualTo(parallelReport.added());
        assertThat(oftenReport.byLanguage()).containsKeys("th", "km", "my", "vi")
                .isEqualTo(parallelReport.byLanguage());
        // nothing lost on bad input: each bad file is named in the report, the same in both
        assertThat(oftenReport.failed()).extracting(ImportFailure::path)
                .anySatisfy(p -> assertThat(p).endsWith("corrupt.pdf"))
                .anySatisfy(p -> assertThat(p).endsWith("empty.txt"))
                .anySatisfy(p -> assertThat(p).endsWith("broken.jsonl"));
        assertThat(oftenReport.failed()).isEqualTo(parallelReport.failed());

        Map<String, List<String>> stored = stored(often.home().indexDir());
        assertThat(stored).hasSize((int) oftenReport.added());
        assertThat(stored).isEqualTo(stored(parallel.home().indexDir()));
    }

    /** Every live document's stored fields but the import times, by id. */
    private static Map<String, List<String>> stored(Path index) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    List<String> fields = new ArrayList<>();
                    org.apache.lucene.document.Document d = r.storedFields().document(doc);
                    for (IndexableField f : d.getFields()) {
                        if (!IMPORT_TIMES.contains(f.name())) {
                            Object value = f.stringValue() != null ? f.stringValue()
                                    : f.numericValue() != null ? f.numericValue() : f.binaryValue();
                            fields.add(f.name() + "=" + value);
                        }
                    }
                    Collections.sort(fields);
                    out.put(d.get(Fields.ID), fields);
                }
            }
        }
        return out;
    }
}
