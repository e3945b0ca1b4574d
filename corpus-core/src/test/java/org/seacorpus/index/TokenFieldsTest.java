package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tokens the analyse stage found come back from the index as they went in: folded forms, written forms, word
 * or not, sentence ends and offsets, in documents spread over several segments and after the segments merge, in
 * token format 2 and in format 1 (written by {@link TokenFieldsFormat1}; a document's ordinals change in a merge,
 * its ranks must not), alone and side by side.
 */
class TokenFieldsTest {
    static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);

    /** น้ำ (water) with sara am, which the index folds into nikhahit + sara aa. */
    static final String THAI = "ปีนี้น้ำน้อย ชาวนาทำนาไม่ได้ 3 เดือน. ข้าวราคาดี";
    /** ນ້ຳ (water) with Lao sara am, folded the same way. */
    static final String LAO = "ປີນີ້ນ້ຳນ້ອຍ ຊາວນາເຮັດນາບໍ່ໄດ້";
    static final String INDONESIAN = "Petani menanam padi. Harga padi naik 10 persen, lihat https://contoh.id/harga ya";

    @TempDir
    Path tmp;

    static Document analysed(String lang, String text, String name) {
        Origin origin = new Origin("file:///in/" + name, "", "text/plain", "UTF-8", null, null, Map.of());
        return ANALYZE.apply(Document.extracted(origin, text)
                .withLanguage(new LanguageInfo(lang, "", 1.0, List.of(), true)));
    }

    @Test
    void thaiWaterIsFoldedInTheDictionaryAndWrittenWithSaraAm() throws IOException {
        List<Document> docs = List.of(analysed("th", THAI, "th.txt"), analysed("lo", LAO, "lo.txt"));
        try (DirectoryReader reader = index(docs, new DocumentMapper(PROFILES), false)) {
            Map<String, List<List<String>>> read = readAll(reader);
            List<String> water = written(read.get("file:///in/th.txt"), "น้ำ");
            assertThat(water.get(0)).isEqualTo("น\u0E49\u0E4D\u0E32");
            assertThat(water.get(1)).isEqualTo("น้ำ").isEqualTo("น\u0E49\u0E33");
            List<String> laoWater = written(read.get("file:///in/lo.txt"), "ນ້ຳ");
            assertThat(laoWater.get(0)).isEqualTo("ນ\u0EC9\u0ECD\u0EB2");
            assertThat(laoWater.get(1)).isEqualTo("ນ\u0EC9\u0EB3");
            // ข้าว is written as folded: no written form stored
            assertThat(read.get("file:///in/th.txt")).contains(Arrays.asList("ข้าว", null, "word", "sentence", "38", "42"));
        }
    }

    @Test
    void everyTokenComesBackAfterSegmentsMerge() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(analysed("th", THAI.substring(i % 7), "th" + i));
            docs.add(analysed("lo", LAO.substring(i % 5), "lo" + i));
            docs.add(analysed("id", INDONESIAN.substring(i % 9), "id" + i));
        }
        for (boolean merge : new boolean[] {false, true}) {
            Path dir = Files.createDirectories(tmp.resolve(merge ? "merged" : "segments"));
            try (DirectoryReader reader = index(docs, new DocumentMapper(PROFILES), merge, dir)) {
                assertThat(reader.leaves().size()).isEqualTo(merge ? 1 : 3);
                assertThat(readAll(reader)).isEqualTo(expected(docs));
            }
        }
    }

    @Test
    void formatOneDocumentsStillReadBesideFormatTwoOnesAndAfterTheyMerge() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(analysed("th", THAI.substring(i % 7), "th" + i));
            docs.add(analysed("lo", LAO.substring(i % 5), "lo" + i));
            docs.add(analysed("id", INDONESIAN.substring(i % 9), "id" + i));
        }
        for (boolean merge : new boolean[] {false, true}) {
            Path dir = Files.createDirectories(tmp.resolve(merge ? "merged" : "segments"));
            // every other document written as an index before session 18 held it (format 1)
            try (DirectoryReader reader = index(docs, new DocumentMapper(PROFILES), merge, dir, i -> i % 2 == 0)) {
                assertThat(readAll(reader)).isEqualTo(expected(docs));
                int[] formats = new int[3];
                for (LeafReaderContext leaf : reader.leaves()) {
                    LeafTokens tokens = LeafTokens.of(leaf.reader());
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertThat(tokens.read(doc)).isTrue();
                        formats[tokens.format()]++;
                    }
                }
                assertThat(formats).containsExactly(0, 45, 45);
            }
        }
    }

    @Test
    void formatTwoStoresTheFormsInFirstSeenOrderAndNoSortedSets() throws IOException {
        try (DirectoryReader reader = index(List.of(analysed("id", "padi Padi air padi", "id.txt")),
                new DocumentMapper(PROFILES), false)) {
            var leaf = reader.leaves().get(0).reader();
            assertThat(leaf.getSortedSetDocValues(Fields.TOKENS)).isNull();
            assertThat(leaf.getSortedSetDocValues(Fields.TOKEN_SURFACES)).isNull();
            var seq = leaf.getBinaryDocValues(Fields.TOKEN_SEQUENCE);
            assertThat(seq.advanceExact(0)).isTrue();
            // format, 2 forms (padi, air), 1 written form (Padi), then per token index << 3 | written | word
            byte[] expected = {2, 2, 4, 'p', 'a', 'd', 'i', 3, 'a', 'i', 'r', 1, 4, 'P', 'a', 'd', 'i',
                0 << 3 | 2, 0 << 3 | 4 | 2, 0, 1 << 3 | 2, 0 << 3 | 2};
            assertThat(BytesRef.deepCopyOf(seq.binaryValue()).bytes).containsExactly(expected);
        }
    }

    @Test
    void aDocumentReadBackFromTheStoreIsCutAgainWhenRewritten() throws IOException {
        Document analysed = analysed("id", INDONESIAN, "id.txt");
        Document without = new Document(analysed.id(), analysed.origin(), analysed.text(), null,
                analysed.language(), analysed.counts(), null, null);
        try (DirectoryReader withSegmenters = index(List.of(without), new DocumentMapper(PROFILES, SEGMENTERS), false,
                Files.createDirectories(tmp.resolve("a")));
             DirectoryReader bare = index(List.of(without), new DocumentMapper(PROFILES), false,
                     Files.createDirectories(tmp.resolve("b")))) {
            assertThat(readAll(withSegmenters)).isEqualTo(expected(List.of(analysed)));
            LeafTokens tokens = LeafTokens.of(bare.leaves().get(0).reader());
            assertThat(tokens.read(0)).isFalse();
        }
    }

    @Test
    void aFormTooLongForADocValueLeavesTheDocumentWithoutTokens() {
        // the text fields refuse such a word first; the token fields must not be the ones to fail
        String huge = "a".repeat(40_000);
        Segmentation segmentation = new Segmentation(List.of(new Token("Petani", 0, 6, Token.Kind.WORD),
                new Token(huge, 7, 40_007, Token.Kind.WORD)), List.of(40_007));
        org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
        TokenFields.write(segmentation, out);
        assertThat(out.getFields()).isEmpty();
        TokenFields.write(new Segmentation(segmentation.tokens().subList(0, 1), List.of(6)), out);
        assertThat(out.getFields()).extracting(f -> f.name()).containsExactly(Fields.TOKEN_SEQUENCE,
                Fields.TOKEN_OFFSETS);
    }

    @Test
    void twoFormsWithTheSameBytesLeaveTheDocumentWithoutTokens() {
        // two different lone surrogates both become U+FFFD in UTF-8: the forms could not be told apart
        Segmentation segmentation = new Segmentation(List.of(new Token("x\uD800", 0, 2, Token.Kind.WORD),
                new Token("x\uD801", 3, 5, Token.Kind.WORD)), List.of(5));
        org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
        assertThat(TokenFields.write(segmentation, TokenForms.of(segmentation.tokens()), out)).isNull();
        assertThat(out.getFields()).isEmpty();
    }

    @Test
    void anEmptyTextHasNoTokens() throws IOException {
        try (DirectoryReader reader = index(List.of(analysed("th", "", "empty")), new DocumentMapper(PROFILES),
                false)) {
            LeafTokens tokens = LeafTokens.of(reader.leaves().get(0).reader());
            assertThat(tokens.read(0)).isTrue();
            assertThat(tokens.size()).isZero();
        }
    }

    @Property(tries = 25)
    void mixedTextsRoundTrip(@ForAll("texts") List<String> texts) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            docs.add(analysed(i % 2 == 0 ? "th" : "id", texts.get(i), "t" + i));
        }
        Path dir = Files.createTempDirectory("token-fields-");
        // every third document in format 1: both formats in one segment after the merge
        try (DirectoryReader reader = index(docs, new DocumentMapper(PROFILES), true, dir, i -> i % 3 == 1)) {
            assertThat(readAll(reader)).isEqualTo(expected(docs));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.of("น้ำ", "ข้าว", "ทำนา", "Padi", "PADI", "padi", "ﾊﾟﾃﾞｨ", " ", ". ",
                "\n", "2025", "๒๕๖๘", "ນ້ຳ", "ເຂົ້າ", "https://x.th/a", "a@b.co", "!", "Ｐａｄｉ", "ß", "İ", "");
        return piece.list().ofMaxSize(40).map(p -> String.join("", p)).list().ofMinSize(1).ofMaxSize(12);
    }

    private static List<String> written(List<List<String>> tokens, String word) {
        return tokens.stream().filter(t -> word.equals(t.get(1))).findFirst().orElseThrow();
    }

    private DirectoryReader index(List<Document> docs, DocumentMapper mapper, boolean merge) throws IOException {
        return index(docs, mapper, merge, Files.createDirectories(tmp.resolve("index")));
    }

    static DirectoryReader index(List<Document> docs, DocumentMapper mapper, boolean merge, Path dir)
            throws IOException {
        return index(docs, mapper, merge, dir, i -> false);
    }

    /**
     * Writes the documents in three commits (three segments), merged into one when asked; the documents whose
     * position {@code formatOne} accepts get token format 1 ({@link TokenFieldsFormat1}).
     */
    static DirectoryReader index(List<Document> docs, DocumentMapper mapper, boolean merge, Path dir,
                                 java.util.function.IntPredicate formatOne) throws IOException {
        var directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new LanguageAnalyzers(PROFILES, SEGMENTERS))
                .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                .setMergePolicy(merge ? new org.apache.lucene.index.TieredMergePolicy() : NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int third = Math.max(1, (docs.size() + 2) / 3);
            for (int i = 0; i < docs.size(); i++) {
                var lucene = mapper.toLucene(docs.get(i), "fp", Instant.EPOCH);
                writer.addDocument(formatOne.test(i) ? TokenFieldsFormat1.rewrite(lucene) : lucene);
                if ((i + 1) % third == 0) {
                    writer.commit();
                }
            }
            if (merge) {
                writer.forceMerge(1);
            }
        }
        return DirectoryReader.open(directory);
    }

    /** Per document, per token: folded form, written form (null when the same), kind, sentence, start, end. */
    static Map<String, List<List<String>>> readAll(DirectoryReader reader) throws IOException {
        Map<String, List<List<String>>> out = new java.util.TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafTokens tokens = LeafTokens.of(leaf.reader());
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                List<List<String>> rows = new ArrayList<>();
                if (tokens.read(doc) && tokens.readOffsets()) {
                    for (int i = 0; i < tokens.size(); i++) {
                        boolean one = tokens.format() == TokenFields.FORMAT_1;
                        rows.add(Arrays.asList(one ? tokens.forms().lookupOrd(tokens.form(i)).utf8ToString()
                                : tokens.formText(i),
                            tokens.surface(i) < 0 ? null : one
                                    ? tokens.surfaces().lookupOrd(tokens.surface(i)).utf8ToString()
                                    : tokens.surfaceText(i),
                            tokens.isWord(i) ? "word" : "other", tokens.sentenceBefore(i) ? "sentence" : "",
                            String.valueOf(tokens.start(i)), String.valueOf(tokens.end(i))));
                    }
                }
                out.put(stored.document(doc).get(Fields.SOURCE), rows);
            }
        }
        return out;
    }

    /** What {@link #readAll} should give, straight from each document's segmentation. */
    static Map<String, List<List<String>>> expected(List<Document> docs) {
        Map<String, List<List<String>>> out = new java.util.TreeMap<>();
        for (Document doc : docs) {
            Segmentation segmentation = doc.annotation(Segmentation.class).orElseThrow();
            boolean[] sentences = segmentation.sentenceBreaks();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < segmentation.tokens().size(); i++) {
                Token t = segmentation.tokens().get(i);
                String folded = WordForm.fold(t.text());
                rows.add(Arrays.asList(folded, folded.equals(t.text()) ? null : t.text(),
                    t.kind() == Token.Kind.WORD ? "word" : "other", sentences[i] ? "sentence" : "",
                    String.valueOf(t.start()), String.valueOf(t.end())));
            }
            out.put(doc.origin().source(), rows);
        }
        return out;
    }
}
