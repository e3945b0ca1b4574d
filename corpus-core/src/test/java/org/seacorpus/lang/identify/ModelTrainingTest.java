package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training works end to end and a trained model changes the answers: a model that learns Minangkabau ({@code min})
 * from a few dozen sentences identifies Minangkabau that the shipped model calls Indonesian or Malay.
 */
class ModelTrainingTest {
    /** Minangkabau sentences that are not in the training file. */
    static final List<String> MINANGKABAU = List.of(
            "Ambo indak ka pai ka pasa isuak dek hujan labek.",
            "Baa kaba amak jo apak di kampuang?",
            "Inyo alah pulang dari rantau, tapi alun basuo jo ambo.",
            "Urang tu indak namuah mambayia pitih nan inyo utang.",
            "Kok ang lai ado wakatu, datanglah ka rumah ambo patang isuak.");

    @TempDir
    static Path dir;
    static Path model;
    static ModelTraining.Result result;

    @BeforeAll
    static void train() throws IOException, URISyntaxException {
        Path texts = Path.of(ModelTrainingTest.class.getResource("/langid/train-min").toURI());
        model = dir.resolve("min.ngram");
        result = ModelTraining.train(new ModelTraining.Request(List.of(texts), null, null, true, 5, 2), null);
        ModelTraining.write(result, model, "test: shipped text plus Minangkabau");
    }

    @Test
    void theTrainedModelKnowsTheNewLanguageAndTheShippedOnes() throws IOException {
        NgramModel read = LangidModels.fromFile(model);
        assertThat(read.labels()).contains("min", "id", "ms", "jv", "su", "en");
        assertThat(read.scriptOf("min")).isEqualTo("Latn");
        assertThat(result.wordsByLabel().get("min")).isGreaterThan(300);
    }

    @Test
    void aTrainedModelChangesTheAnswers() throws IOException {
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        LanguageIdentifier trained = LanguageIdentifier.withModel(LangidModels.fromFile(model));
        for (String sentence : MINANGKABAU) {
            assertThat(shipped.identify(sentence).lang()).as(sentence).isNotEqualTo("min");
            assertThat(trained.identify(sentence).lang()).as(sentence).isEqualTo("min");
        }
        assertThat(trained.datasetCode("min", "Latn")).isEqualTo("min_Latn");
    }

    @Test
    void theShippedLanguagesStillWorkWithTheTrainedModel() throws IOException {
        LanguageIdentifier trained = LanguageIdentifier.withModel(LangidModels.fromFile(model));
        assertThat(trained.identify("Kerajaan negeri akan membina hospital baharu pada bulan Ogos.").lang())
                .isEqualTo("ms");
        assertThat(trained.identify("Aku arep lunga menyang pasar karo simbah sesuk esuk.").lang()).isEqualTo("jv");
        assertThat(trained.identify("แม่ไปตลาดทุกเช้า").lang()).isEqualTo("th");
    }

    @Test
    void labelsOfAnotherScriptTakeOverThatScript() {
        // Northern Thai (Kham Mueang) written in Thai script, next to standard Thai: the model decides Thai script
        NgramModel model = new NgramModelTrainer()
                .add("nod", "เจ้าไปไหนมา กิ๋นข้าวแล้วกา อันนี้ลำขนาดเน้อ บ่เป็นหยังเจ้า")
                .add("nod", "ปิ๊กบ้านเมื่อใดเจ้า มาแอ่วเชียงใหม่กั๋นเน้อ ตึงวันบ่ได้ไปไหน")
                .add("nod", "แม่อุ๊ยกิ๋นข้าวนึ่งกับจิ๊นปิ้ง ลำแต้ลำว่า บ่ดาย ปิ๊กมาแอ่วบ้านเฮาเน้อ")
                .add("th", "คุณไปไหนมา กินข้าวแล้วหรือยัง อันนี้อร่อยมาก ไม่เป็นไรครับ")
                .add("th", "กลับบ้านเมื่อไร มาเที่ยวเชียงใหม่ด้วยกันนะ ทั้งวันไม่ได้ไปไหน")
                .add("th", "คุณยายกินข้าวเหนียวกับหมูปิ้ง อร่อยจริง ๆ ไม่เสียดาย กลับมาเที่ยวบ้านเรานะ")
                .build();
        LanguageIdentifier langid = LanguageIdentifier.withModel(model);
        assertThat(model.scriptOf("nod")).isEqualTo("Thai");
        assertThat(langid.identify("เจ้ามาแอ่วบ้านเฮาเน้อ กิ๋นข้าวแล้วกา").lang()).isEqualTo("nod");
        assertThat(langid.identify("คุณมาเที่ยวบ้านเรานะ กินข้าวหรือยัง").lang()).isEqualTo("th");
        assertThat(langid.identify("ແມ່ໄປຕະຫຼາດ").lang()).isEqualTo("lo");
    }

    @Test
    void jsonlAndTsvInputsAndTheFolderLayoutWithSubfolders(@TempDir Path tmp) throws IOException {
        Path jsonl = tmp.resolve("labelled.jsonl");
        Files.writeString(jsonl, """
                {"language": "min", "text": "Ambo ka pasa jo amak."}
                {"language": "min", "text": "Inyo alun pulang dari kampuang."}
                """, StandardCharsets.UTF_8);
        Path tsv = tmp.resolve("labelled.tsv");
        Files.writeString(tsv, "# comment\nmin\tBaa kaba?\nmin\tLatn\tIndak ado pitih ambo.\n");
        Path folder = tmp.resolve("folder");
        Files.createDirectories(folder.resolve("min/sub"));
        Files.writeString(folder.resolve("min/sub/a.txt"), "Urang tu bajalan kaki ka sawah.\n\n");
        Files.writeString(folder.resolve("ms.txt"), "Saya nak balik kampung.\n");
        List<LabelledText> read = new java.util.ArrayList<>();
        assertThat(LabelledTexts.read(jsonl, "language", "text", read::add)).isEqualTo(2);
        assertThat(LabelledTexts.read(tsv, null, null, read::add)).isEqualTo(2);
        assertThat(LabelledTexts.read(folder, null, null, read::add)).isEqualTo(2);
        assertThat(read).extracting(LabelledText::label).containsExactly("min", "min", "min", "min", "min", "ms");
        assertThat(read.get(3).text()).isEqualTo("Indak ado pitih ambo.");
    }

    @Test
    void badInputsSayWhatIsWrong(@TempDir Path tmp) throws IOException {
        Path jsonl = tmp.resolve("bad.jsonl");
        Files.writeString(jsonl, "{\"lang\": \"min\"}\n");
        assertThatThrownBy(() -> LabelledTexts.read(jsonl, "lang", "text", t -> { }))
                .hasMessageContaining("line 1").hasMessageContaining("--text-field");
        Files.writeString(jsonl, "not json\n");
        assertThatThrownBy(() -> LabelledTexts.read(jsonl, "lang", "text", t -> { }))
                .hasMessageContaining("is not JSON");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> LabelledTexts.read(empty, null, null, t -> { }))
                .hasMessageContaining("no training text");
        assertThatThrownBy(() -> LabelledTexts.read(tmp.resolve("x.csv"), null, null, t -> { }))
                .hasMessageContaining("cannot read labelled text");
        assertThatThrownBy(() -> ModelTraining.train(new ModelTraining.Request(List.of(), null, null, false, 5, 2),
                null)).hasMessageContaining("no training text");
        assertThatThrownBy(() -> LangidModels.fromFile(tmp.resolve("missing.ngram")))
                .hasMessageContaining("does not exist");
    }
}
