package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;

class ScriptIdentifyStageTest {
    private final LanguageProfiles profiles = LanguageProfiles.builtIn();

    private static Document doc(String text) {
        return Document.extracted(Origin.of("file:///t.txt", ""), text);
    }

    @Test
    void ownScriptsDecideTheLanguage() {
        ScriptIdentifyStage stage = new ScriptIdentifyStage(profiles, null);
        assertThat(stage.apply(doc("ชาวนาเก็บเกี่ยวข้าว")).language().lang()).isEqualTo("th");
        assertThat(stage.apply(doc("ຊາວນາເກັບກ່ຽວເຂົ້າ")).language().lang()).isEqualTo("lo");
        assertThat(stage.apply(doc("កសិករច្រូតស្រូវ")).language().lang()).isEqualTo("km");
        assertThat(stage.apply(doc("လယ်သမားများ စပါးရိတ်သည်")).language().lang()).isEqualTo("my");
        assertThat(stage.apply(doc("விவசாயிகள் நெல் அறுவடை")).language().lang()).isEqualTo("ta");
        assertThat(stage.apply(doc("农民收割水稻")).language().lang()).isEqualTo("zh");
    }

    @Test
    void latinScriptAndSymbolsStayUndetermined() {
        ScriptIdentifyStage stage = new ScriptIdentifyStage(profiles, null);
        assertThat(stage.apply(doc("Petani memanen padi")).language().lang()).isEqualTo("und");
        assertThat(stage.apply(doc("12345 https://example.org 67%")).language().lang()).isEqualTo("und");
        assertThat(stage.apply(doc("")).language().lang()).isEqualTo("und");
    }

    @Test
    void forcedLanguageWinsButScriptIsStillDetected() {
        ScriptIdentifyStage stage = new ScriptIdentifyStage(profiles, "ms");
        var info = stage.apply(doc("Petani menuai padi di sawah")).language();
        assertThat(info.lang()).isEqualTo("ms");
        assertThat(info.script()).isEqualTo("Latn");
        assertThat(info.forced()).isTrue();
    }

    @Test
    void everyProfileHasADatasetCode() {
        assertThat(profiles.get("th").datasetCode("Thai")).isEqualTo("tha_Thai");
        assertThat(profiles.get("ms").datasetCode("Latn")).isEqualTo("zsm_Latn");
        assertThat(profiles.get("zh").datasetCode(null)).isEqualTo("zho_Hans");
        assertThat(profiles.get("xx-unknown").code()).isEqualTo("und");
        assertThat(profiles.all()).hasSize(17);
    }
}
