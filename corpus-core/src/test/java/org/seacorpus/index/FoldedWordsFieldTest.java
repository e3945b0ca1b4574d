package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.DocumentPipeline;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.Segmenters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The main text field indexed from the analyse stage's folded words holds exactly what the field's analysis chain
 * gives for the same text: every term of every field, with its documents, frequencies, positions and offsets, is
 * the same in an index written the new way and one written with the main field analysed as before, on every
 * sample document of every language and on random mixed text (words that fold to nothing included).
 */
class FoldedWordsFieldTest {
    private static final Path SAMPLES = Path.of("..", "sample-data").toAbsolutePath().normalize();
    /** The folders of one language each, and the hard cases (mixed scripts, legacy encodings). */
    private static final Set<String> LANGUAGE_FOLDERS = Set.of("ceb", "en", "fil", "hard-cases", "id", "jv", "km",
            "lo", "ms", "my", "shn", "su", "ta", "tet", "th", "vi", "zh");
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers(PROFILES, SEGMENTERS);
    private static final DocumentMapper MAPPER = new DocumentMapper(PROFILES, SEGMENTERS);
    private static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);

    @TempDir
    Path tmp;

    @Test
    void sampleDocumentsOfEveryLanguageGetTheSamePostingsBothWays() throws IOException {
        DocumentPipeline pipeline = DocumentPipeline.create(Map.of(), tmp, ImportOptions.of(List.of()));
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (LANGUAGE_FOLDERS.contains(SAMPLES.relativize(file).getName(0).toString())) {
                    pipeline.read(InputItem.ofFile(file), outcome -> {
                        if (outcome instanceof DocumentPipeline.Processed done) {
                            docs.add(done.document());
                        }
                    });
                }
            }
        }
        Set<String> languages = new TreeSet<>();
        docs.forEach(d -> languages.add(d.language().lang()));
        assertThat(languages).contains("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su", "ceb",
                "tet", "ta", "zh", "en");
        assertThat(docs).hasSizeGreaterThan(30);
        assertSamePostings(docs);
    }

    @Property(tries = 40)
    void randomMixedTextGetsTheSamePostingsBothWays(@ForAll("texts") List<String> texts) throws IOException {
        List<String> langs = List.of("th", "lo", "km", "my", "vi", "id", "en", "zh");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Origin origin = new Origin("file:///in/t" + i, "", "text/plain", "UTF-8", null, null, Map.of());
            docs.add(ANALYZE.apply(Document.extracted(origin, texts.get(i))
                    .withLanguage(new LanguageInfo(langs.get(i % langs.size()), "", 1.0, List.of(), true))));
        }
        assertSamePostings(docs);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        // ั and ฺ alone fold to nothing or stand alone; full-width, ß and İ change length when folded
        Arbitrary<String> piece = Arbitraries.of("น้ำ", "ข้าว", "ฺ", "ั", "ทำนา", "Padi", "PADI", "ﾊﾟﾃﾞｨ", " ", ". ",
                "\n", "2025", "๒๕๖๘", "ນ້ຳ", "ເຂົ້າ", "ភាសាខ្មែរ", "မြန်မာ", "\u200B", "Tiếng Việt", "HỌC",
                "https://x.th/a", "a@b.co", "!", "Ｐａｄｉ", "ß", "İ", "中文", "\u00AD", "\u0301", "");
        return piece.list().ofMaxSize(40).map(p -> String.join("", p)).list().ofMinSize(1).ofMaxSize(10);
    }

    /** Indexes the documents the new way and the old way and compares every field's postings. */
    private static void assertSamePostings(List<Document> docs) throws IOException {
        List<org.apache.lucene.document.Document> folded = new ArrayList<>();
        List<org.apache.lucene.document.Document> analysed = new ArrayList<>();
        int fast = 0;
        for (Document doc : docs) {
            org.apache.lucene.document.Document lucene = MAPPER.toLucene(doc, "fp", Instant.EPOCH);
            folded.add(lucene);
            org.apache.lucene.document.Document before = new org.apache.lucene.document.Document();
            for (IndexableField field : lucene.getFields()) {
                if (field instanceof FoldedWordsField words) {
                    try (TokenStream stream = words.tokenStream(ANALYZERS, null)) {
                        // the words are the segmenter's: the field must take its own path, not the chain's
                        assertThat(stream.getClass().getEnclosingClass()).isEqualTo(FoldedWordsField.class);
                    }
                    fast++;
                    before.add(new Field(words.name(), words.stringValue(), DocumentMapper.TEXT_TYPE));
                } else {
                    before.add(field);
                }
            }
            analysed.add(before);
        }
        assertThat(fast).isEqualTo(docs.size());
        assertThat(postings(folded)).isEqualTo(postings(analysed));
    }

    /** Every indexed field's terms, each with its documents, frequencies, positions and offsets, as text. */
    private static String postings(List<org.apache.lucene.document.Document> docs) throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(ANALYZERS).setMergePolicy(NoMergePolicy.INSTANCE)
                    .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION));
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (org.apache.lucene.document.Document doc : docs) {
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            StringBuilder out = new StringBuilder();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (FieldInfo info : leaf.getFieldInfos()) {
                    Terms terms = leaf.terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    out.append("field ").append(info.name).append(' ').append(info.getIndexOptions()).append('\n');
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        out.append(' ').append(term).append(':');
                        PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
                        for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            out.append(" d").append(doc).append('x').append(postings.freq());
                            if (info.getIndexOptions().compareTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                                for (int i = 0; i < postings.freq(); i++) {
                                    out.append(" @").append(postings.nextPosition()).append('[')
                                            .append(postings.startOffset()).append(',').append(postings.endOffset())
                                            .append(']');
                                }
                            }
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        }
    }
}
