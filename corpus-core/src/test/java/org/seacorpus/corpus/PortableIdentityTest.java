package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.index.DocumentMapper;

/**
 * Document ids are portable: the same files imported from another folder, or on another machine (another
 * absolute root), get the same ids and are found unchanged; the local location stays inside the corpus.
 */
class PortableIdentityTest {
    private static final String THAI = "ชาวนาในจังหวัดสุพรรณบุรีเริ่มเกี่ยวข้าวนาปีแล้ว ราคาข้าวเปลือกปีนี้ดีกว่าปีที่แล้ว\n";
    private static final String KHMER = "# កសិករនៅខេត្តតាកែវ\n\nកសិករនៅខេត្តតាកែវចាប់ផ្តើមច្រូតស្រូវ ហើយតម្លៃស្រូវឆ្នាំនេះល្អជាងមុន។\n";
    private static final String ROWS = """
            {"id": "lo-1", "text": "ຊາວນາໃນແຂວງຈຳປາສັກເລີ່ມເກັບກ່ຽວເຂົ້າແລ້ວ ລາຄາເຂົ້າປີນີ້ດີກວ່າປີກາຍ"}
            {"id": "my-1", "text": "ဧရာဝတီတိုင်းရှိ လယ်သမားများသည် စပါးရိတ်သိမ်းနေကြပြီ။"}
            """;
    private static final String VIETNAMESE = "Nông dân ở An Giang bắt đầu gặt lúa. Giá lúa năm nay cao hơn năm ngoái.\n";

    @TempDir
    Path tmp;

    /** The same tree of files under {@code root}: a Thai text, a Khmer page, a dataset and an archive. */
    static Path writeTree(Path root) throws IOException {
        Files.createDirectories(root.resolve("th"));
        Files.createDirectories(root.resolve("km"));
        Files.writeString(root.resolve("th/ข่าวข้าว.txt"), THAI, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("km/news.md"), KHMER, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("rows.jsonl"), ROWS, StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(root.resolve("archive.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("vi/bai-bao.txt"));
            zip.write(VIETNAMESE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return root;
    }

    /** Every stored document by id. */
    static Map<String, Document> stored(Corpus corpus) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        DocumentMapper mapper = new DocumentMapper();
        try (FSDirectory dir = FSDirectory.open(corpus.home().indexDir());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document doc = mapper.fromLucene(leaf.reader().storedFields().document(i),
                                org.seacorpus.index.MarksReader.of(leaf.reader(), i)).document();
                        out.put(doc.id(), doc);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theSameFilesFromTwoFoldersOnTwoMachinesGetTheSameIdsAndAreFoundUnchanged() throws IOException {
        Path alice = writeTree(tmp.resolve("machine-a/home/alice/corpora/wiki"));
        Path ci = writeTree(tmp.resolve("machine-b/srv/build-417/checkout/wiki"));

        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "portable");
        ImportReport first = corpus.importFrom(ImportOptions.of(List.of(alice)).withThreads(2), null);
        assertThat(first.added()).isEqualTo(5);
        assertThat(first.failed()).isEmpty();
        Map<String, Document> afterFirst = stored(corpus);

        ImportReport second = corpus.importFrom(ImportOptions.of(List.of(ci)).withThreads(2), null);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(stored(corpus).keySet()).isEqualTo(afterFirst.keySet());

        // a corpus built on the other machine holds the same ids
        Corpus other = Corpus.create(tmp.resolve("other-corpus"), "portable");
        other.importFrom(ImportOptions.of(List.of(ci)).withThreads(2), null);
        assertThat(stored(other).keySet()).isEqualTo(afterFirst.keySet());

        assertThat(afterFirst.values()).extracting(d -> d.origin().source() + (d.origin().part().isEmpty() ? ""
                : " [" + d.origin().part() + "]")).containsExactlyInAnyOrder("wiki/th/ข่าวข้าว.txt", "wiki/km/news.md",
                "wiki/rows.jsonl [id=lo-1]", "wiki/rows.jsonl [id=my-1]", "wiki/archive.zip [vi/bai-bao.txt]");
        for (Document doc : afterFirst.values()) {
            assertThat(doc.id()).isEqualTo(DocumentId.of(doc.origin().source(), doc.origin().part()));
            // the local location is kept inside the corpus, to find the file again
            assertThat(doc.annotation(SourceLocation.class)).get().extracting(SourceLocation::uri).asString()
                    .startsWith(alice.toUri().toString());
        }
    }

    @Test
    void aSourceNamePrefixNamesTheDataWhateverItsFolderIsCalled() throws IOException {
        Path january = writeTree(tmp.resolve("dump-2025-01"));
        Path copy = writeTree(tmp.resolve("elsewhere/renamed-copy"));
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "prefixed");
        corpus.importFrom(ImportOptions.of(List.of(january.resolve("th"), january.resolve("km")))
                .withSourceName("wiki-th/2025-01").withThreads(2), null);
        assertThat(stored(corpus).values()).extracting(d -> d.origin().source())
                .containsExactlyInAnyOrder("wiki-th/2025-01/th/ข่าวข้าว.txt", "wiki-th/2025-01/km/news.md");

        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(copy.resolve("th"), copy.resolve("km")))
                .withSourceName("wiki-th/2025-01").withThreads(2), null);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added()).isZero();

        ImportReport unprefixed = corpus.importFrom(ImportOptions.of(List.of(copy.resolve("th"))).withThreads(2),
                null);
        assertThat(unprefixed.added()).as("another name is another source").isEqualTo(1);
    }

    @Test
    void aFileGivenDirectlyIsNamedByItsFileName() throws IOException {
        Path tree = writeTree(tmp.resolve("a/deep/folder"));
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "files");
        corpus.importFrom(ImportOptions.of(List.of(tree.resolve("rows.jsonl"))).withThreads(1), null);
        assertThat(stored(corpus).values()).extracting(d -> d.origin().source()).containsOnly("rows.jsonl");
    }
}
