package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.search.SearchRequest;

/**
 * A corpus written before marks were doc values (status, tags, cluster, duplicate_of and the rejection as stored
 * keyword fields) is converted when it is first opened: every mark reads back the same, and filters find them.
 */
class MarksUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void anIndexWithStoredMarksIsConvertedOnceWhenOpened() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "ชาวนาปลูกข้าวหอมมะลิในฤดูฝนที่จังหวัดสุรินทร์");
        Files.writeString(in.resolve("b.txt"), "ชาวนาปลูกข้าวหอมมะลิในฤดูฝนที่จังหวัดสุรินทร์ ");
        Files.writeString(in.resolve("c.txt"), "កសិករដាំម្រេចនៅខេត្តកំពតរំពឹងថានឹងបានផលល្អ");
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "old");
        corpus.importFrom(ImportOptions.of(List.of(in)), null);
        Map<String, Document> imported = ReimportKeepsMarksTest.documents(corpus);
        String a = idOf(imported, "a.txt");
        String b = idOf(imported, "b.txt");
        String c = idOf(imported, "c.txt");
        oldLayout(corpus, Map.of(
                a, new String[] {"ok", "near-" + a.substring(0, 16), null, null, "ข่าว"},
                b, new String[] {"duplicate", "near-" + a.substring(0, 16), a, null, "ข่าว"},
                c, new String[] {"rejected", null, null, "spam", null}));

        Corpus reopened = Corpus.open(corpus.home().dir());
        Map<String, Document> docs = ReimportKeepsMarksTest.documents(reopened);
        assertThat(docs.get(b).marks().status()).isEqualTo(Status.DUPLICATE);
        assertThat(docs.get(b).marks().duplicate().duplicateOf()).isEqualTo(a);
        assertThat(docs.get(b).marks().duplicate().clusterSize()).isEqualTo(2);
        assertThat(docs.get(a).marks().duplicate().duplicateOf()).isNull();
        assertThat(docs.get(a).marks().tags()).containsExactly("ข่าว");
        assertThat(docs.get(c).marks().status()).isEqualTo(Status.REJECTED);
        assertThat(docs.get(c).marks().rejection().reason()).isEqualTo("spam");
        assertThat(reopened.search(new SearchRequest("*:*", null, List.of("status:duplicate"), 10)).hits())
                .extracting(h -> h.id()).containsExactly(b);
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry(MarkFields.LAYOUT_KEY,
                    MarkFields.LAYOUT_VERSION);
        }
        assertThat(Files.list(corpus.home().runsDir()).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith("-upgrade-marks.json"));
    }

    /**
     * Rewrites the index as the earlier layout did: the documents without their doc-values marks, with keyword
     * fields {status, cluster, duplicate_of, reject_reason, tags}, and no marks layout in the commit.
     */
    private static void oldLayout(Corpus corpus, Map<String, String[]> marks) throws Exception {
        List<org.apache.lucene.document.Document> old = new java.util.ArrayList<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                org.apache.lucene.document.Document stored = reader.storedFields().document(doc);
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                String id = stored.get(Fields.ID);
                d.add(new StringField(Fields.ID, id, Field.Store.YES));
                for (String f : Set.of(Fields.SOURCE, Fields.TEXT, Fields.LANG)) {
                    d.add(new StoredField(f, stored.get(f)));
                }
                d.add(new StoredField(Fields.IMPORTED_AT, stored.getField(Fields.IMPORTED_AT).numericValue()
                        .longValue()));
                String[] m = marks.get(id);
                d.add(new StringField(Fields.STATUS, m[0], Field.Store.YES));
                d.add(new SortedDocValuesField(Fields.STATUS, new BytesRef(m[0])));
                if (m[1] != null) {
                    d.add(new StringField(Fields.CLUSTER, m[1], Field.Store.YES));
                }
                if (m[2] != null) {
                    d.add(new StringField(Fields.DUPLICATE_OF, m[2], Field.Store.YES));
                }
                if (m[3] != null) {
                    d.add(new StringField("reject_reason", m[3], Field.Store.YES));
                    d.add(new StoredField("rejected_from", "ok"));
                }
                if (m[4] != null) {
                    d.add(new StringField(Fields.TAGS, m[4], Field.Store.YES));
                }
                old.add(d);
            }
        }
        try (var dir = FSDirectory.open(corpus.home().indexDir());
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (org.apache.lucene.document.Document d : old) {
                writer.updateDocument(new Term(Fields.ID, d.get(Fields.ID)), d);
            }
        }
    }

    private static String idOf(Map<String, Document> docs, String name) {
        return docs.values().stream().filter(d -> d.origin().source().endsWith(name)).map(Document::id)
                .findFirst().orElseThrow();
    }
}
