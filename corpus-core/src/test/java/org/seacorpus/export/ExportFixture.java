package org.seacorpus.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.Document;
import org.seacorpus.index.DocumentMapper;

/**
 * A small corpus for export tests: the sample data in Thai, Lao, Khmer, Burmese and Chinese (languages from
 * their scripts), Vietnamese and Indonesian (forced, until language identification lands), and planted
 * documents: Thai and Malay text with personal data, and junk that the quality filter must remove.
 */
final class ExportFixture {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    /** A Thai paragraph of running text with a phone number, an e-mail address and an ID card number. */
    static final String THAI_PII = """
            ประกาศรับสมัครอาสาสมัครเก็บข้อมูลภาษา

            โครงการเก็บข้อมูลภาษาไทยเพื่อพัฒนาปัญญาประดิษฐ์ของชุมชนกำลังรับสมัครอาสาสมัครจากทุกจังหวัด ผู้ที่สนใจสามารถติดต่อคุณสมชายได้ที่โทร 081-234-5678 หรืออีเมล somchai.j@example.co.th ในวันและเวลาราชการ
            ผู้สมัครต้องแนบสำเนาบัตรประชาชนเลขที่ 1-1037-02345-67-9 และเขียนเล่าประสบการณ์การทำงานกับชุมชนของตนเองสั้น ๆ ไม่เกินหนึ่งหน้ากระดาษ
            คณะทำงานจะติดต่อกลับภายในสองสัปดาห์ และจะจัดอบรมการบันทึกเสียงและการถอดความให้กับผู้ที่ได้รับคัดเลือกทุกคนก่อนเริ่มงานจริงในเดือนหน้า
            """;

    /** A Thai "page" that is a menu repeated: the kind of text the quality filter is for. */
    static final String THAI_JUNK = "หน้าแรก\nข่าว\nติดต่อเรา\n".repeat(12) + "สงวนลิขสิทธิ์\n";

    /** Malay text with a MyKad number and a Malaysian phone, forced to Malay. */
    static final String MALAY_PII = """
            Notis pendaftaran kursus bahasa

            Peserta yang ingin mendaftar untuk kursus bahasa Melayu peringkat asas boleh menghubungi pejabat kami di talian +60 12-345 6789 pada waktu pejabat. Sila bawa kad pengenalan dengan nombor 900215-14-5678 semasa hari pendaftaran dan isikan borang yang disediakan di kaunter utama.
            Kursus ini akan diadakan setiap hujung minggu selama tiga bulan di dewan orang ramai, dan semua peserta yang hadir dengan cukup akan menerima sijil penyertaan pada akhir kursus tersebut.
            """;

    final Path root;
    final Corpus corpus;

    ExportFixture(Path root) throws IOException {
        this.root = root;
        this.corpus = Corpus.create(root.resolve("corpus"), "export-test");
        Path planted = root.resolve("planted");
        Files.createDirectories(planted.resolve("th"));
        Files.createDirectories(planted.resolve("ms"));
        Files.writeString(planted.resolve("th/pii.txt"), THAI_PII, StandardCharsets.UTF_8);
        Files.writeString(planted.resolve("th/junk.txt"), THAI_JUNK, StandardCharsets.UTF_8);
        Files.writeString(planted.resolve("ms/pii.txt"), MALAY_PII, StandardCharsets.UTF_8);
        List<Path> scripts = List.of("th", "lo", "km", "my", "zh").stream().map(SAMPLE_DATA::resolve).toList();
        corpus.importFrom(ImportOptions.of(scripts).withThreads(2), null);
        corpus.importFrom(ImportOptions.of(List.of(planted.resolve("th"))).withSourceName("planted").withThreads(2), null);
        corpus.importFrom(ImportOptions.of(List.of(SAMPLE_DATA.resolve("vi"))).withForcedLang("vi")
                .withTags(Set.of("news-vi")).withThreads(2), null);
        corpus.importFrom(ImportOptions.of(List.of(SAMPLE_DATA.resolve("id"))).withForcedLang("id").withThreads(2),
                null);
        corpus.importFrom(ImportOptions.of(List.of(planted.resolve("ms"))).withForcedLang("ms")
                .withSourceName("planted").withThreads(2),
                null);
    }

    /** Every stored document by id, read straight from the index. */
    Map<String, Document> stored() throws IOException {
        Map<String, Document> out = new TreeMap<>();
        DocumentMapper mapper = new DocumentMapper();
        try (FSDirectory dir = FSDirectory.open(corpus.home().indexDir());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = new org.seacorpus.index.StoredDocuments(reader, mapper).read(i).document();
                out.put(d.id(), d);
            }
        }
        return out;
    }
}
