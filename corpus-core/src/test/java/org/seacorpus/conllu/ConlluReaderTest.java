package org.seacorpus.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.document.TokenSpans;

/** Reading CoNLL-U: our own small treebank files in six languages, and broken files. */
class ConlluReaderTest {
    static Path resource(String name) {
        try {
            return Path.of(ConlluReaderTest.class.getResource("/conllu/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final List<String> FILES = List.of("th_seacorpus-ud-test.conllu", "lao-market.conllu",
            "khmer-school.conllu", "burmese-market.conllu", "vietnamese-school.conllu", "indonesian-market.conllu");

    /** What the reader gives: documents and failures. */
    record Read(List<ConlluDocument> documents, List<String> failures) {
    }

    static Read read(String content) throws IOException {
        List<ConlluDocument> docs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ConlluReader.read(new BufferedReader(new StringReader(content)), new ConlluReader.Sink() {
            @Override
            public void document(ConlluDocument document) {
                docs.add(document);
            }

            @Override
            public void failure(String id, int number, ConlluException problem) {
                failures.add(number + " " + id + ": " + problem.getMessage());
            }
        });
        return new Read(docs, failures);
    }

    static String file(String name) throws IOException {
        return Files.readString(resource(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"th_seacorpus-ud-test.conllu", "lao-market.conllu", "khmer-school.conllu",
        "burmese-market.conllu", "vietnamese-school.conllu", "indonesian-market.conllu"})
    void ourTestFilesAreValidCoNLLU(String name) throws IOException {
        assertThat(ConlluValidator.check(file(name))).isEmpty();
        assertThat(read(file(name)).failures()).isEmpty();
    }

    @Test
    void thaiDocumentsAreSplitAtNewdocAndTheTextIsRebuiltWithoutSpaces() throws IOException {
        Read read = read(file("th_seacorpus-ud-test.conllu"));
        assertThat(read.documents()).extracting(ConlluDocument::id).containsExactly("th-market", "th-rain");
        ConlluDocument.Rebuilt market = read.documents().get(0).rebuild();
        assertThat(market.text()).isEqualTo("แม่ค้าขายผลไม้ที่ตลาดเช้า วันนี้มะม่วงราคากิโลละ 40 บาท");
        assertThat(words(market)).containsExactly(
                List.of("แม่ค้า", "ขาย", "ผลไม้", "ที่", "ตลาดเช้า"),
                List.of("วันนี้", "มะม่วง", "ราคา", "กิโล", "ละ", "40", "บาท"));
        assertThat(market.tokens().sentences()).extracting(TokenSpans.Sentence::id)
                .containsExactly("th-market-1", "th-market-2");
        // # newpar: a blank line between the sentences of the second document
        assertThat(read.documents().get(1).rebuild().text())
                .isEqualTo("ฝนตกหนักตั้งแต่เมื่อคืน\n\nถนนหน้าโรงเรียนมีน้ำท่วมขัง");
    }

    @Test
    void aMultiwordTokenIsOneTokenOfTheTextAndEmptyNodesAreNotInIt() throws IOException {
        ConlluDocument.Rebuilt doc = read(file("indonesian-market.conllu")).documents().get(0).rebuild();
        assertThat(doc.text()).isEqualTo("Ibu membeli sayur di pasarnya. Harganya naik 10% minggu ini.");
        assertThat(words(doc).get(0)).containsExactly("Ibu", "membeli", "sayur", "di", "pasarnya", ".");
        assertThat(read(file("indonesian-market.conllu")).documents().get(0).lang()).isEqualTo("id");
    }

    @Test
    void vietnameseWordsKeepTheSpacesInsideThem() throws IOException {
        ConlluDocument.Rebuilt doc = read(file("vietnamese-school.conllu")).documents().get(0).rebuild();
        assertThat(words(doc).get(0)).containsExactly("Học sinh", "đến", "trường", "vào", "buổi sáng", ".");
        assertThat(doc.text()).startsWith("Học sinh đến trường vào buổi sáng. Cô giáo");
    }

    @Test
    void spacesAfterGivesTheWhitespaceBetweenBurmeseSentences() throws IOException {
        ConlluDocument.Rebuilt doc = read(file("burmese-market.conllu")).documents().get(0).rebuild();
        assertThat(doc.text()).isEqualTo("ကျွန်တော် ဈေးကို သွားမယ်။\nငါးနဲ့ ဟင်းသီးဟင်းရွက် ဝယ်မယ်။");
    }

    @Test
    void aFileWithoutNewdocIsOneDocumentWithTheLanguageItDeclares() throws IOException {
        Read read = read(file("lao-market.conllu"));
        assertThat(read.documents()).hasSize(1);
        assertThat(read.documents().get(0).id()).isEmpty();
        assertThat(read.documents().get(0).lang()).isEqualTo("lo");
        assertThat(read.documents().get(0).rebuild().text())
                .isEqualTo("ຂ້ອຍໄປຕະຫຼາດກັບແມ່ໃນຕອນເຊົ້າ ແມ່ຊື້ປາ ແລະ ຜັກ.");
    }

    @Test
    void aBrokenDocumentIsReportedWithItsLineAndTheOthersAreRead() throws IOException {
        String content = file("khmer-school.conllu").replace("# newdoc id = km-school", "# newdoc id = km-broken")
                .replace("2\tទៅ\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", "2\tទៅ\t_\t_\t_\tSpaceAfter=No")
                + file("khmer-school.conllu");
        Read read = read(content);
        assertThat(read.failures()).singleElement().asString()
                .contains("km-broken", "line 6: 6 columns, a word line needs 10");
        assertThat(read.documents()).extracting(ConlluDocument::id).containsExactly("km-school");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1\tកុមារ\t_\t_\t_\t_\t_\t_\t_\t_\n3\tទៅ\t_\t_\t_\t_\t_\t_\t_\t_\n\n|word id 3 where 2 was due",
        "1\tកុមារ\t_\t_\t_\t_\t_\t_\t_\t_\n# text = x\n2\tទៅ\t_\t_\t_\t_\t_\t_\t_\t_\n\n|comment inside a sentence",
        "one\tកុមារ\t_\t_\t_\t_\t_\t_\t_\t_\n\n|ID 'one' is not a word index",
        "1\t\t_\t_\t_\t_\t_\t_\t_\t_\n\n|empty FORM",
        "1-1\tកុមារ\t_\t_\t_\t_\t_\t_\t_\t_\n\n|multiword token 1-1 must start at word 1 and cover at least two",
        "1\tក\t_\t_\t_\t_\t_\t_\t_\tSpacesAfter=\\x\n\n|unknown escape \\x"})
    void brokenLinesSayWhatIsWrong(String caseAndMessage) throws IOException {
        String[] parts = caseAndMessage.split("\\|");
        assertThat(read(parts[0]).failures()).singleElement().asString().contains(parts[1]);
    }

    @Test
    void anEmptyFileHasNoDocuments() throws IOException {
        assertThat(read("").documents()).isEmpty();
        assertThat(read("").failures()).isEmpty();
    }

    @Test
    void theValidatorFindsWhatTheReaderForgives() {
        String noBlankAtEnd = "# sent_id = a\n# text = ក\n1\tក\t_\t_\t_\t_\t_\t_\t_\t_\n";
        assertThat(ConlluValidator.check(noBlankAtEnd)).anyMatch(p -> p.contains("end with a blank line"));
        String textDiffers = "# sent_id = a\n# text = ក ខ\n1\tក\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                + "2\tខ\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        assertThat(ConlluValidator.check(textDiffers)).singleElement().asString().contains("differs from the forms");
        String twice = "# sent_id = a\n# text = ក\n1\tក\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                + "# sent_id = a\n# text = ក\n1\tក\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        assertThat(ConlluValidator.check(twice)).singleElement().asString().contains("used twice");
        String spaceInUpos = "# sent_id = a\n# text = ក\n1\tក\t_\tNO UN\t_\t_\t_\t_\t_\t_\n\n";
        assertThat(ConlluValidator.check(spaceInUpos)).singleElement().asString().contains("space in column 4");
    }

    static List<List<String>> words(ConlluDocument.Rebuilt doc) {
        List<List<String>> out = new ArrayList<>();
        for (TokenSpans.Sentence s : doc.tokens().sentences()) {
            out.add(s.tokens().stream().map(t -> doc.text().substring(t.start(), t.end())).toList());
        }
        return out;
    }
}
