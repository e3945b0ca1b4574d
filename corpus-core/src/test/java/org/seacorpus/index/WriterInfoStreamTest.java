package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.InfoStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.lang.LanguageProfiles;

/** The writer's log is off unless a file is named, and then records each flush and commit of the writer. */
class WriterInfoStreamTest {
    @TempDir
    Path dir;

    @Test
    void offWithoutAFile() {
        assertThat(WriterInfoStream.of(null)).isSameAs(InfoStream.NO_OUTPUT);
        assertThat(WriterInfoStream.of(" ")).isSameAs(InfoStream.NO_OUTPUT);
    }

    @Test
    void recordsTheFlushAndCommitOfAThaiDocument() throws Exception {
        Path log = dir.resolve("writer.log");
        LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageProfiles.builtIn());
        IndexWriterConfig config = new IndexWriterConfig(analyzers).setInfoStream(WriterInfoStream.of(log.toString()));
        try (var index = FSDirectory.open(dir.resolve("index")); IndexWriter writer = new IndexWriter(index, config)) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "th-1", Field.Store.YES));
            doc.add(new TextField(Fields.textField("th"), "ภาษาไทยเป็นภาษาราชการของประเทศไทย", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
        }
        String written = Files.readString(log);
        assertThat(written).contains("flushed: segment=_0").contains("commit: done");
        // appended to, never overwritten: a second writer's log follows the first
        long before = Files.size(log);
        try (var index = FSDirectory.open(dir.resolve("index"));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(analyzers)
                     .setInfoStream(WriterInfoStream.of(log.toString())))) {
            writer.commit();
        }
        assertThat(Files.readString(log)).startsWith(written);
        assertThat(Files.size(log)).isGreaterThan(before);
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed() {
        Path missing = dir.resolve("no-such-folder").resolve("writer.log");
        assertThatThrownBy(() -> WriterInfoStream.of(missing.toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining(WriterInfoStream.PROPERTY);
    }
}
