package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.KeepPolicy;
import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Status;
import org.seacorpus.index.StoredDocuments;

/**
 * #14: a tagged, deduplicated, curated corpus re-imported with other options keeps every mark; tags given on a
 * re-import of unchanged files are added in place (nothing re-indexed); a changed text keeps the curator's marks
 * and has its dedupe marks decided again, and the report says so; {@code --keep first} keeps the original.
 */
class ReimportKeepsMarksTest {
    private static final String RICE = """
            ชาวนาในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวนาปีแล้ว หลังจากฝนตกตามฤดูกาลทำให้ผลผลิตดีกว่าปีที่ผ่านมา
            เจ้าหน้าที่เกษตรอำเภอแนะนำให้เกษตรกรตากข้าวให้แห้งก่อนขายเพื่อให้ได้ราคาดี
            ส่วนโรงสีในพื้นที่รับซื้อข้าวเปลือกในราคาตันละหนึ่งหมื่นสองพันบาท""";
    private static final String RICE_REWRITTEN = """
            สหกรณ์การเกษตรในจังหวัดชัยนาทเปิดตลาดนัดผักปลอดสารพิษทุกวันเสาร์
            ผู้ซื้อนำถุงผ้ามาเองได้รับส่วนลดร้อยละห้า และมีรถรับส่งจากตัวเมือง""";
    private static final String KHMER = """
            កសិករនៅខេត្តបាត់ដំបងកំពុងប្រមូលផលស្រូវប្រាំង បន្ទាប់ពីប្រឡាយទឹកថ្មីបានសាងសង់រួច
            មន្ត្រីកសិកម្មបាននិយាយថា ទិន្នផលឆ្នាំនេះខ្ពស់ជាងឆ្នាំមុនប្រហែលមួយភាគបួន""";
    private static final String LAO = """
            ຊາວນາແຂວງສະຫວັນນະເຂດເລີ່ມປູກເຂົ້າໜຽວຮອບໃໝ່ ຫຼັງຈາກຝົນຕົກຫຼາຍໃນເດືອນນີ້
            ເຈົ້າໜ້າທີ່ກະສິກຳແນະນຳໃຫ້ໃຊ້ແນວພັນທີ່ທົນນ້ຳຖ້ວມ""";

    @TempDir
    Path tmp;

    @Test
    void aTaggedDeduplicatedCuratedCorpusReimportedWithNewOptionsKeepsEveryMark() throws IOException {
        Path orig = write("data/orig/rice.txt", RICE).getParent();
        write("data/orig/khmer.txt", KHMER);
        write("data/orig/lao.txt", LAO);
        Path copies = write("data/copies/rice-copy.txt", RICE).getParent();
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "marks");
        corpus.importFrom(ImportOptions.of(List.of(orig)).withTags(Set.of("wave1")), null);
        corpus.importFrom(ImportOptions.of(List.of(copies)).withTags(Set.of("wave1")), null);
        String rice = id(corpus, "rice.txt");
        String copy = id(corpus, "rice-copy.txt");
        String khmer = id(corpus, "khmer.txt");
        String lao = id(corpus, "lao.txt");

        corpus.dedupe(DedupeOptions.DEFAULTS.withKeep(KeepPolicy.FIRST), null);
        var curation = corpus.curation();
        curation.apply(CurationTarget.ofIds(List.of(khmer)), new CurationAction.Reject("ข้อความซ้ำจากเว็บอื่น",
                "2026-12-01T00:00:00Z"), false);
        curation.apply(CurationTarget.ofIds(List.of(lao)), new CurationAction.Tag(Set.of("reviewed"), Set.of()), false);
        curation.apply(CurationTarget.ofIds(List.of(khmer)), new CurationAction.SetMeta(Map.of("author", "សុខា"),
                Set.of()), false);
        Map<String, Document> before = documents(corpus);
        assertThat(before.get(copy).marks().status()).isEqualTo(Status.DUPLICATE);
        assertThat(before.get(copy).marks().duplicate().duplicateOf()).isEqualTo(rice);
        assertThat(before.get(copy).marks().duplicate().clusterSize()).isEqualTo(2);
        assertThat(before.get(rice).marks().duplicate().duplicateOf()).isNull();
        assertThat(before.get(khmer).origin().meta()).containsEntry("author", "សុខា");

        // 1. --tag on unchanged files: the tag is added in place; nothing is re-indexed
        List<String> segments = segments(corpus);
        ImportReport tagged = corpus.importFrom(ImportOptions.of(List.of(orig, copies)).withTags(Set.of("foo")),
                null);
        assertThat(tagged.updated()).as(tagged.toString()).isEqualTo(4);
        assertThat(tagged.marks().tagged()).isEqualTo(4);
        assertThat(tagged.added() + tagged.unchanged()).isZero();
        assertThat(segments(corpus)).as("marks updated in place: no segment rewritten").isEqualTo(segments);
        Map<String, Document> afterTag = documents(corpus);
        for (String id : before.keySet()) {
            Marks was = before.get(id).marks();
            Marks now = afterTag.get(id).marks();
            assertThat(now.tags()).as(id).containsAll(was.tags()).contains("foo");
            assertThat(now.withTags(was.tags())).as(id).isEqualTo(was);
        }

        // 2. other metadata: the documents are re-indexed, and every mark comes along
        ImportReport withMeta = corpus.importFrom(new ImportOptions(List.of(orig, copies), null, null, null,
                Set.of("foo"), null, null, 0, 0, Map.of("batch", "2")), null);
        assertThat(withMeta.updated()).isEqualTo(4);
        assertThat(withMeta.marks().kept()).isEqualTo(4);
        assertThat(withMeta.marks().dedupeRechecked()).isZero();
        Map<String, Document> afterMeta = documents(corpus);
        for (String id : before.keySet()) {
            assertThat(afterMeta.get(id).marks()).as(id).isEqualTo(afterTag.get(id).marks());
            assertThat(afterMeta.get(id).origin().meta()).containsEntry("batch", "2");
        }
        assertThat(afterMeta.get(khmer).origin().meta()).as("the curator's edit is applied again")
                .containsEntry("author", "សុខា");
        assertThat(corpus.search(new org.seacorpus.search.SearchRequest("ข้าว", "th", List.of("status:duplicate"), 10))
                .hits()).extracting(h -> h.id()).containsExactly(copy);

        // 3. --keep first keeps the original, although it was re-indexed after the copy was first imported
        corpus.dedupe(DedupeOptions.DEFAULTS.withKeep(KeepPolicy.FIRST).withFull(true), null);
        assertThat(documents(corpus).get(rice).marks().status()).isEqualTo(Status.OK);
        assertThat(documents(corpus).get(copy).marks().status()).isEqualTo(Status.DUPLICATE);

        // 4. a changed text: curation kept, dedupe marks dropped and reported, decided again by the next dedupe
        write("data/copies/rice-copy.txt", RICE_REWRITTEN);
        ImportReport changed = corpus.importFrom(ImportOptions.of(List.of(copies)), null);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.marks().dedupeRechecked()).isEqualTo(1);
        assertThat(changed.marks().documents()).containsExactly(copy);
        Document rewritten = documents(corpus).get(copy);
        assertThat(rewritten.marks().status()).isEqualTo(Status.OK);
        assertThat(rewritten.marks().duplicate()).isNull();
        assertThat(rewritten.marks().tags()).contains("wave1", "foo");
        assertThat(curation.history(copy)).extracting(AuditEntry::kind).contains("import");
        corpus.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(documents(corpus).get(rice).marks().duplicate()).as("alone in its cluster now").isNull();
        assertThat(documents(corpus).get(rice).marks().tags()).contains("wave1", "foo");
        assertThat(documents(corpus).get(khmer).marks().status()).isEqualTo(Status.REJECTED);
        assertThat(documents(corpus).get(khmer).marks().rejection().reason()).isEqualTo("ข้อความซ้ำจากเว็บอื่น");
    }

    @Test
    void keepFirstKeepsTheEarliestImportWhateverFolderItCameFrom() throws IOException {
        // the copy sorts first by name, but is imported second; the original is re-imported later still
        Path copies = write("a-mirror/rice-mirror.txt", RICE).getParent();
        Path orig = write("z-site/rice.txt", RICE).getParent();
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "keep-first");
        corpus.importFrom(ImportOptions.of(List.of(orig)), null);
        corpus.importFrom(ImportOptions.of(List.of(copies)), null);
        corpus.importFrom(new ImportOptions(List.of(orig), null, null, null, null, null, null, 0, 0,
                Map.of("site", "z")), null);
        corpus.dedupe(DedupeOptions.DEFAULTS.withKeep(KeepPolicy.FIRST), null);
        Map<String, Document> docs = documents(corpus);
        assertThat(docs.get(id(corpus, "rice.txt")).marks().status()).isEqualTo(Status.OK);
        assertThat(docs.get(id(corpus, "rice-mirror.txt")).marks().status()).isEqualTo(Status.DUPLICATE);

        // in one import of two folders, the walk's order decides, not which worker finished first
        Corpus both = Corpus.create(tmp.resolve("corpus2"), "keep-first-2");
        both.importFrom(ImportOptions.of(List.of(orig, copies)).withThreads(2), null);
        both.dedupe(DedupeOptions.DEFAULTS.withKeep(KeepPolicy.FIRST), null);
        assertThat(documents(both).get(id(both, "rice.txt")).marks().status()).isEqualTo(Status.OK);
        assertThat(documents(both).get(id(both, "rice-mirror.txt")).marks().status()).isEqualTo(Status.DUPLICATE);
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The id of the document whose source file is named {@code name}. */
    private static String id(Corpus corpus, String name) throws IOException {
        return documents(corpus).values().stream()
                .filter(d -> d.origin().source().equals(name) || d.origin().source().endsWith("/" + name))
                .map(Document::id).findFirst().orElseThrow(() -> new AssertionError("no document from " + name));
    }

    /** Every live document with its marks, by id. */
    static Map<String, Document> documents(Corpus corpus) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredDocuments docs = new StoredDocuments(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document d = docs.read(doc).document();
                    out.put(d.id(), d);
                }
            }
        }
        return out;
    }

    /** The names of the segments of the last commit, with their document and deletion counts. */
    static List<String> segments(Corpus corpus) throws IOException {
        try (var dir = FSDirectory.open(corpus.home().indexDir())) {
            return SegmentInfos.readLatestCommit(dir).asList().stream()
                    .map((SegmentCommitInfo s) -> s.info.name + ":" + s.info.maxDoc() + "-" + s.getDelCount())
                    .toList();
        }
    }
}
