package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;

/** The figures of the checks: ok documents per language, statuses, exact copies, the duplicate rate. */
class HealthCollectorTest {
    @TempDir
    Path tmp;

    private void write(String name, String text) throws Exception {
        Path file = tmp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyCorpusHasNoDocumentsAndNoDuplicates() {
        CorpusHealth health = Corpus.create(tmp.resolve("c"), "empty").health();
        assertThat(health.documents()).isZero();
        assertThat(health.okByLanguage()).isEmpty();
        assertThat(health.exactCopies()).isZero();
        assertThat(health.duplicateRate()).isZero();
    }

    @Test
    void exactCopiesAreCountedOncePerExtraCopyAndOnlyAmongOkDocuments() throws Exception {
        String khmer = "កសិករដាំម្រេចនៅខេត្តកំពត";
        write("km-a.txt", khmer);
        write("km-b.txt", khmer);
        write("km-c.txt", khmer);
        write("th.txt", "ชาวนาเก็บเกี่ยวข้าวในเดือนพฤศจิกายน");
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        corpus.importFrom(ImportOptions.of(List.of(tmp.resolve("in"))), null);

        CorpusHealth health = corpus.health();
        assertThat(health.documents()).isEqualTo(4);
        assertThat(health.okByLanguage()).containsEntry("km", 3L).containsEntry("th", 1L);
        assertThat(health.exactCopies()).isEqualTo(2);
        assertThat(health.duplicateRate()).isEqualTo(0.5);

        // dedupe marks one copy: it counts as a marked duplicate, and no longer as an unmarked copy
        corpus.rewrite("test", new TermQuery(new Term(Fields.SOURCE, "in/km-c.txt")),
                d -> d.withStatus(Status.DUPLICATE), false, null);
        // a rejected copy leaves the figures altogether
        corpus.rewrite("test", new TermQuery(new Term(Fields.SOURCE, "in/km-b.txt")),
                d -> d.withStatus(Status.REJECTED), false, null);
        CorpusHealth after = corpus.health();
        assertThat(after.status("duplicate")).isOne();
        assertThat(after.status("rejected")).isOne();
        assertThat(after.exactCopies()).isZero();
        assertThat(after.okByLanguage()).containsEntry("km", 1L);
        assertThat(after.duplicateRate()).isEqualTo(1.0 / 3);
    }
}
