package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.conllu.ConlluValidator;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.document.Document;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.document.TokenType;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.xml.sax.InputSource;

/**
 * CoNLL-U in and out, and the vertical format, on a real corpus: our treebank files in Thai, Lao, Khmer,
 * Burmese, Vietnamese and Indonesian, plus plain texts the segmenter cuts. Import keeps the files' tokens as the
 * words (counted, indexed); export writes valid CoNLL-U that imports back to the same tokens; the vertical files
 * are well-formed and hold every token with its type.
 */
class TokenFormatsTest {
    @TempDir
    static Path root;
    static Corpus corpus;
    static ImportReport imported;

    static final String THAI_TEXT = "ชาวนาปลูกข้าวหอมมะลิที่จังหวัดสุรินทร์ ราคาข้าวปีนี้ดีกว่าปีที่แล้ว\n\n"
            + "สหกรณ์รับซื้อข้าวเปลือกกิโลกรัมละ 15 บาท & ส่งต่อให้โรงสี <ในอำเภอ>";
    static final String KHMER_TEXT = "កសិករដាំស្រូវនៅខេត្តបាត់ដំបង។ ឆ្នាំនេះភ្លៀងធ្លាក់ល្អ។";

    static Path conlluDir() {
        try {
            return Path.of(TokenFormatsTest.class.getResource("/conllu").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void importTreebanksAndTexts() throws IOException {
        corpus = Corpus.create(root.resolve("corpus"), "formats");
        imported = corpus.importFrom(ImportOptions.of(List.of(conlluDir())).withThreads(2), null);
        Path texts = root.resolve("texts");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("rice.txt"), THAI_TEXT, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("rice-km.txt"), KHMER_TEXT, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("market.txt"), "แม่ค้าขายผลไม้ที่ตลาดเช้า", StandardCharsets.UTF_8);
        corpus.importFrom(ImportOptions.of(List.of(texts)).withThreads(2), null);
    }

    @Test
    void eachNewdocIsADocumentInTheLanguageTheFileDeclares() throws IOException {
        assertThat(imported.failed()).isEmpty();
        Map<String, Document> byPart = byPart(corpus);
        assertThat(byPart.get("th-market").language().lang()).isEqualTo("th"); // from the UD file name
        assertThat(byPart.get("th-rain").language().lang()).isEqualTo("th");
        assertThat(byPart.get("km-school").language().lang()).isEqualTo("km");
        assertThat(byPart.get("my-market").language().lang()).isEqualTo("my");
        assertThat(byPart.get("vi-school").language().lang()).isEqualTo("vi");
        assertThat(byPart.get("id-market").language().lang()).isEqualTo("id"); // declared: no identification needed
        Document lao = byPart.values().stream().filter(d -> d.origin().source().endsWith("lao-market.conllu"))
                .findFirst().orElseThrow();
        assertThat(lao.origin().part()).isEmpty();
        assertThat(lao.language().lang()).isEqualTo("lo");
    }

    @Test
    void theTreebanksTokensAreTheWordsCountedAndIndexed() throws IOException {
        Document market = byPart(corpus).get("th-market");
        assertThat(market.text()).isEqualTo("แม่ค้าขายผลไม้ที่ตลาดเช้า วันนี้มะม่วงราคากิโลละ 40 บาท");
        assertThat(market.counts().words()).isEqualTo(12);
        assertThat(market.counts().sentences()).isEqualTo(2);
        Document id = byPart(corpus).get("id-market");
        assertThat(id.counts().words()).isEqualTo(10); // 13 tokens, of which 3 are punctuation (. % .)
        // the treebank's word ตลาดเช้า (morning market) is one term; the same text as plain text is cut in two
        try (FSDirectory dir = FSDirectory.open(corpus.home().indexDir());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery whole = new TermQuery(new Term(Fields.textField("th"), "ตลาดเช้า"));
            List<String> sources = new ArrayList<>();
            for (var hit : searcher.search(whole, 10).scoreDocs) {
                sources.add(searcher.storedFields().document(hit.doc).get(Fields.SOURCE));
            }
            assertThat(sources).singleElement().asString().endsWith("th_seacorpus-ud-test.conllu");
            assertThat(searcher.count(new TermQuery(new Term(Fields.textField("th"), "ตลาด")))).isEqualTo(1);
        }
    }

    @Test
    void aSearchFindsTheTreebanksWholeWordAndTheSegmentersPhraseAlike() {
        var result = corpus.search(new org.seacorpus.search.SearchRequest("ตลาดเช้า", "th", List.of(), 10));
        assertThat(result.hits()).extracting(h -> h.source().substring(h.source().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("th_seacorpus-ud-test.conllu", "market.txt");
        // a word both sides cut alike is found as before
        var km = corpus.search(new org.seacorpus.search.SearchRequest("សាលារៀន", "km", List.of(), 10));
        assertThat(km.total()).isEqualTo(1);
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(conlluDir())).withThreads(1), null);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(imported.added());
    }

    @Test
    void conlluExportIsValidAndImportsBackToTheSameTokens() throws IOException {
        Path out = root.resolve("conllu-out");
        Manifest manifest = corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.CONLLU)
                .compress(ExportOptions.Compression.NONE).build());
        assertThat(manifest.rows()).isEqualTo(byId(corpus).size());
        List<Path> files = files(out, ".conllu");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(ConlluValidator.check(content)).as(file.toString()).isEmpty();
        }
        String thai = Files.readString(out.resolve("tha_Thai/train-00000-of-00001.conllu"), StandardCharsets.UTF_8);
        assertThat(thai).contains("# lang = th\n", "# sent_id = th-market-1\n",
                "# text = แม่ค้าขายผลไม้ที่ตลาดเช้า\n", "5\tตลาดเช้า\t_\t_\t_\t_\t_\t_\t_\t_\n",
                "1\tแม่ค้า\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n", "# newpar\n");

        Corpus again = Corpus.create(root.resolve("again"), "again");
        ImportReport report = again.importFrom(ImportOptions.of(List.of(out)).withThreads(2), null);
        assertThat(report.failed()).isEmpty();
        Map<String, Document> first = byId(corpus);
        Map<String, Document> second = byPart(again);
        assertThat(second.keySet()).isEqualTo(first.keySet()); // newdoc id = the first corpus's document id
        TokenLayouts layouts = new TokenLayouts(corpus.segmenters());
        for (Map.Entry<String, Document> e : first.entrySet()) {
            Document a = e.getValue();
            Document b = second.get(e.getKey());
            // a treebank's tokens come back as they were; a plain text's as the segmenter cut it for the export
            assertThat(tokens(b)).as(a.origin().source() + " " + a.origin().part())
                    .isEqualTo(tokens(a.text(), layouts.of(a, a.text())));
            assertThat(b.language().lang()).isEqualTo(a.language().lang());
            assertThat(b.text().strip()).isEqualTo(a.text().strip());
        }
    }

    @Test
    void segmentedTextsAreWrittenWithEveryCharacterInAToken() throws IOException {
        Path out = root.resolve("conllu-texts");
        corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.CONLLU)
                .compress(ExportOptions.Compression.GZIP).langs(List.of("km")).build());
        Path file = out.resolve("khm_Khmr/train-00000-of-00001.conllu.gz");
        String content;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ConlluValidator.check(content)).isEmpty();
        // the plain Khmer text: words from the segmenter, ។ a token of its own with no space before it
        assertThat(content).contains("# text = កសិករដាំស្រូវនៅខេត្តបាត់ដំបង។\n", "\t។\t_\t_\t_\t_\t_\t_\t_\t_\n");
    }

    @Test
    void verticalFilesAreWellFormedAndHoldEveryTokenWithItsType() throws Exception {
        Path out = root.resolve("vert-out");
        corpus.export(ExportOptions.builder(out).format(ExportOptions.Format.VERT)
                .compress(ExportOptions.Compression.NONE).build());
        Map<String, Document> byId = byId(corpus);
        int docs = 0;
        for (Path file : files(out, ".vert")) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            // well-formed XML once wrapped in a root: every structure closed, every & < > escaped
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<corpus>\n" + content + "</corpus>")));
            docs += checkVertical(content, byId);
        }
        assertThat(docs).isEqualTo(byId.size());
        String thai = Files.readString(out.resolve("tha_Thai/train-00000-of-00001.vert"), StandardCharsets.UTF_8);
        assertThat(thai).contains("<s id=\"th-market-1\">\nแม่ค้า\tword\n<g/>\nขาย\tword\n",
                "\n40\tnumber\n", "\n&amp;\tpunct\n", "\n&lt;\tpunct\n<g/>\n");
    }

    @Test
    void theManifestAndCardCountTheTokensOfWhatWasWrittenPerLanguageAndSplit() throws IOException {
        Path out = root.resolve("jsonl-tokens");
        Manifest manifest = corpus.export(ExportOptions.builder(out).compress(ExportOptions.Compression.NONE)
                .split(SplitSpec.parse("train=0.5,test=0.5", 7)).tokenizer("o200k_base").build());
        var counter = org.seacorpus.tokens.TokenCounters.open("o200k_base");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Long> expected = new TreeMap<>();
        for (Path file : files(out, ".jsonl")) {
            String key = out.relativize(file).toString().replaceAll("-\\d{5}-of-\\d{5}\\.jsonl$", "");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                expected.merge(key, counter.count(json.readTree(line).get("text").asText()), Long::sum);
            }
        }
        Map<String, Long> counted = new TreeMap<>();
        manifest.tokens().counts().forEach((code, splits) -> splits.forEach((split, c) ->
                counted.put(code + "/" + split, c.tokens())));
        assertThat(counted).isEqualTo(expected);
        assertThat(manifest.tokens().tokenizer()).isEqualTo("o200k_base");
        assertThat(manifest.tokens().total()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(manifest.options()).containsEntry("tokenizer", "o200k_base");
        assertThat(Files.readString(out.resolve("README.md"))).contains("## Tokens", "Counted with `o200k_base`",
                "| tokens per word |");
    }

    /** Checks one vertical file line by line; returns the documents in it. */
    private static int checkVertical(String content, Map<String, Document> byId) {
        Pattern docTag = Pattern.compile("<doc id=\"([^\"]*)\" lang=\"([^\"]*)\" source=\"([^\"]*)\" title=\"([^\"]*)\">");
        Pattern sTag = Pattern.compile("<s id=\"[^\"]+\">");
        String state = "outside";
        Document doc = null;
        List<String> words = new ArrayList<>();
        boolean lastWasToken = false;
        int docs = 0;
        for (String line : content.split("\n")) {
            Matcher d = docTag.matcher(line);
            if (d.matches()) {
                assertThat(state).isEqualTo("outside");
                doc = byId.get(d.group(1));
                assertThat(doc).as("document %s", d.group(1)).isNotNull();
                assertThat(d.group(2)).isEqualTo(doc.language().lang());
                state = "doc";
                words.clear();
            } else if (sTag.matcher(line).matches()) {
                assertThat(state).isEqualTo("doc");
                state = "s";
                lastWasToken = false;
            } else if (line.equals("</s>")) {
                assertThat(state).isEqualTo("s");
                state = "doc";
            } else if (line.equals("</doc>")) {
                assertThat(state).isEqualTo("doc");
                // the tokens, unescaped and joined, are the text without its whitespace
                String joined = String.join("", words).replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&amp;", "&");
                assertThat(joined).isEqualTo(doc.text().replaceAll("\\s", ""));
                state = "outside";
                docs++;
            } else if (line.equals("<g/>")) {
                assertThat(state).isEqualTo("s");
                assertThat(lastWasToken).as("glue follows a token").isTrue();
            } else {
                assertThat(state).as("token line inside <s>: %s", line).isEqualTo("s");
                String[] columns = line.split("\t", -1);
                assertThat(columns).hasSize(2);
                assertThat(columns[0]).isNotEmpty().doesNotContain("<", ">").doesNotMatch(".*&(?!amp;|lt;|gt;).*");
                assertThat(columns[1]).isIn("word", "number", "punct");
                String raw = columns[0].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                assertThat(columns[1]).isEqualTo(TokenType.of(raw).label());
                words.add(columns[0].replace(" ", ""));
                lastWasToken = true;
            }
        }
        assertThat(state).isEqualTo("outside");
        return docs;
    }

    private static List<Path> files(Path out, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<List<String>> tokens(Document doc) {
        return tokens(doc.text(), doc.annotation(TokenSpans.class).orElseThrow(
                () -> new AssertionError("no tokens on " + doc.origin().source() + " " + doc.origin().part())));
    }

    static List<List<String>> tokens(String text, TokenSpans spans) {
        List<List<String>> out = new ArrayList<>();
        for (TokenSpans.Sentence s : spans.sentences()) {
            if (!s.tokens().isEmpty()) {
                out.add(s.tokens().stream().map(t -> text.substring(t.start(), t.end())).toList());
            }
        }
        return out;
    }

    static Map<String, Document> byId(Corpus c) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        all(c).forEach(d -> out.put(d.id(), d));
        return out;
    }

    /** Documents by part; the one-document Lao file (part "") under its source's name. */
    static Map<String, Document> byPart(Corpus c) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        for (Document d : all(c)) {
            if (d.origin().mime().equals("text/x-conllu")) {
                out.put(d.origin().part().isEmpty() ? d.origin().source() : d.origin().part(), d);
            }
        }
        return out;
    }

    static List<Document> all(Corpus c) throws IOException {
        List<Document> out = new ArrayList<>();
        DocumentMapper mapper = new DocumentMapper();
        try (FSDirectory dir = FSDirectory.open(c.home().indexDir());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            var live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    out.add(new org.seacorpus.index.StoredDocuments(reader, mapper).read(i).document());
                }
            }
        }
        return out;
    }
}
