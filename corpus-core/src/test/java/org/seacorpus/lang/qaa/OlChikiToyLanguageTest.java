package org.seacorpus.lang.qaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.lang.LanguageModules;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.lang.identify.Identification;
import org.seacorpus.lang.identify.LanguageIdentifier;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * The toy language {@code qaa} ({@link OlChikiToyModule}) is picked up by import, normalisation, language
 * identification and search through its module, its profile and its stopwords alone: nothing outside its
 * package names it. Runs in the {@code toy-language} test run, which adds the toy's services file.
 */
class OlChikiToyLanguageTest {
    // made-up words in Ol Chiki letters; the first three are the module's marker words
    private static final String LAMA = "ᱞᱟᱢᱟ";
    private static final String PURI = "ᱯᱩᱨᱤ";
    private static final String SONA = "ᱥᱚᱱᱟ";
    private static final String DEKA = "ᱫᱮᱠᱟ";
    private static final String BIR = "ᱵᱤᱨ";
    private static final String TAHE = "ᱛᱟᱦᱮ";
    private static final String GUNI = "ᱜᱩᱱᱤ";

    @Test
    void theModuleProfileAndStopwordsAreFoundWithTheBuiltInOnes() {
        assertThat(LanguageModules.builtIn().ofLanguage("qaa")).get().isInstanceOf(OlChikiToyModule.class);
        assertThat(LanguageModules.builtIn().ofLanguage("th")).isPresent();
        assertThat(LanguageProfiles.builtIn().find("qaa")).get()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Ol Chiki toy"))
                .satisfies(p -> assertThat(p.datasetCode(null)).isEqualTo("qaa_Olck"));
        assertThat(Stopwords.builtIn().of("qaa")).containsExactlyInAnyOrder(LAMA, PURI, SONA);
    }

    @Test
    void linesHoldingOlChikiGetItsRuleAndNoOtherLineDoes() {
        ScriptAwareNormalizer normalizer = ScriptAwareNormalizer.forLanguage(null);
        String typed = LAMA + " " + PURI + " " + DEKA + "|\nsubtotal|tax\nราคา|ภาษี";
        Normalizer.Result result = normalizer.normalize(typed);
        assertThat(result.text()).isEqualTo(LAMA + " " + PURI + " " + DEKA + "᱾\nsubtotal|tax\nราคา|ภาษี");
        assertThat(result.rules()).isEqualTo(Map.of("qaa-mucaad", 1));
        assertThat(normalizer.normalize(result.text()).rules()).isEmpty();
        assertThat(normalizer.normalize("")).satisfies(r -> assertThat(r.text()).isEmpty());
    }

    @Test
    void theGenericRulesTakeItsScriptFromTheModule() {
        LanguageProfiles withoutToy = LanguageProfiles.load(LanguageModules.of(LanguageModules.builtIn().all()
                .stream().filter(m -> !(m instanceof OlChikiToyModule)).toList()));
        String line = LAMA + " " + PURI + " " + DEKA + "᱾";
        // UTF-8 read as windows-1252: repaired into its script, which its module's range makes a plausible one
        String misread = new String(line.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(ScriptAwareNormalizer.forLanguage(null).normalize(misread).text()).isEqualTo(line);
        ScriptAwareNormalizer plain = ScriptAwareNormalizer.create(withoutToy, NormalizerOptions.defaults());
        assertThat(plain.normalize(misread).text()).isNotEqualTo(line);
        // a zero width space between its letters is a word boundary, kept, since it declares its script unspaced
        String spaced = LAMA + "\u200B" + PURI;
        assertThat(ScriptAwareNormalizer.forLanguage(null).normalize(spaced).text()).isEqualTo(spaced);
        assertThat(plain.normalize(spaced).text()).isEqualTo(LAMA + PURI);
    }

    @Test
    void itsOwnEllipsisMarkCountsInItsLinesFromItsProfile() {
        String text = LAMA + " " + DEKA + " " + BIR + "᱾\n" + PURI + " " + TAHE + "᱿\n" + SONA + " " + GUNI + "...";
        QualitySignals toy = new QualityAnalyzer(LanguageProfiles.builtIn()).measure(text,
                new LanguageInfo("qaa", "Olck", 0.9, List.of(), false));
        assertThat(toy.get(Signal.ELLIPSIS_LINES)).isCloseTo(2.0 / 3, within(1e-9));
        // another language's lines do not count the toy's mark
        QualitySignals und = new QualityAnalyzer(LanguageProfiles.builtIn()).measure(text,
                new LanguageInfo("und", "Olck", 0.9, List.of(), false));
        assertThat(und.get(Signal.ELLIPSIS_LINES)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void langidNamesItByItsMarkerWordsAndLeavesOtherOlChikiUndetermined() {
        LanguageIdentifier langid = LanguageIdentifier.builtIn();
        Identification toy = langid.identify(DEKA + " " + PURI + " " + BIR + " " + TAHE + "᱾");
        assertThat(toy.lang()).isEqualTo("qaa");
        assertThat(toy.script()).isEqualTo("Olck");
        assertThat(langid.datasetCode(toy.lang(), toy.script())).isEqualTo("qaa_Olck");

        Identification noMarker = langid.identify(DEKA + " " + BIR + " " + TAHE + " " + GUNI + "᱾");
        assertThat(noMarker.lang()).isEqualTo(LanguageInfo.UNDETERMINED);
        assertThat(noMarker.script()).isEqualTo("Olck");

        LanguageInfo mixed = langid.identifyDocument("เกษตรกรในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวนาปรังแล้ว\n\n"
                + LAMA + " " + DEKA + " " + BIR + " " + TAHE + " " + GUNI + " " + SONA + "᱾");
        assertThat(mixed.spans()).extracting(span -> span.lang()).containsExactly("th", "qaa");
    }

    @Test
    void theSegmenterCutsDigitsFromItsLettersThenJoinsTheNumbers() {
        String text = LAMA + "12:30 " + PURI + "2025 " + BIR + "᱾";
        List<Token> expected = List.of(new Token(LAMA, 0, 4, Token.Kind.WORD),
                new Token("12:30", 4, 9, Token.Kind.NUMBER), new Token(PURI, 10, 14, Token.Kind.WORD),
                new Token("2025", 14, 18, Token.Kind.NUMBER), new Token(BIR, 19, 22, Token.Kind.WORD));
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        assertThat(segmenters.forLanguage("qaa").words(text)).isEqualTo(expected);
        // the digit edge is the script's, whatever the language of the text
        assertThat(segmenters.forLanguage("en").words(text)).isEqualTo(expected);
        assertThat(segmenters.forLanguage("th").words("ปี2568 " + DEKA + "7"))
                .extracting(Token::text).containsExactly("ปี", "2568", DEKA, "7");

        // the same modules without the toy: ICU's word rules keep letters and digits together (ᱞᱟᱢᱟ12 is a
        // number to ICU, which the : then joins to 30); nothing cuts them
        LanguageProfiles withoutToy = LanguageProfiles.load(LanguageModules.of(LanguageModules.builtIn().all()
                .stream().filter(m -> !(m instanceof OlChikiToyModule)).toList()));
        assertThat(new Segmenters(withoutToy).forLanguage("und").words(text)).extracting(Token::text)
                .containsExactly(LAMA + "12:30", PURI + "2025", BIR);
        assertThat(new Segmenters(withoutToy).forLanguage("und").words("")).isEmpty();
    }

    @Test
    void importStoresItNormalisedAndSearchFindsItInItsOwnField(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("toy.txt"), String.join(" ", LAMA, DEKA, BIR, TAHE, GUNI) + "|\n"
                + String.join(" ", SONA, PURI, GUNI, DEKA) + "|\n");
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "toy");
        ImportReport report = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(report.failed()).isEmpty();
        assertThat(report.byLanguage()).isEqualTo(Map.of("qaa", 1L));

        Document doc = storedDocuments(corpus).get(0);
        assertThat(doc.language().lang()).isEqualTo("qaa");
        assertThat(doc.text()).isEqualTo(String.join(" ", LAMA, DEKA, BIR, TAHE, GUNI) + "᱾\n"
                + String.join(" ", SONA, PURI, GUNI, DEKA) + "᱾");
        assertThat(doc.normalization().rules()).containsEntry("qaa-mucaad", 2);

        SearchResult hits = corpus.search(new SearchRequest(TAHE, "qaa", List.of(), 10));
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.hits().get(0).lang()).isEqualTo("qaa");
        assertThat(corpus.search(new SearchRequest("\"" + SONA + " " + PURI + "\"", "qaa", List.of(), 10)).total())
                .isEqualTo(1);
        assertThat(corpus.search(new SearchRequest(TAHE, "th", List.of(), 10)).total()).isZero();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpus.home().indexDir()))) {
            assertThat(reader.getContext().leaves().get(0).reader().getFieldInfos().fieldInfo(Fields.textField("qaa")))
                    .isNotNull();
        }
    }

    private static List<Document> storedDocuments(Corpus corpus) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpus.home().indexDir()))) {
            StoredFields stored = reader.storedFields();
            DocumentMapper mapper = new DocumentMapper();
            List<Document> out = new java.util.ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                out.add(new org.seacorpus.index.StoredDocuments(reader, mapper).read(i).document());
            }
            return out;
        }
    }
}
