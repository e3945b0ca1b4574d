package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.Document;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.Origin;

class LanguageIdentifyStageTest {
    private static Document doc(String text) {
        return Document.extracted(Origin.of("test.txt", ""), text);
    }

    @Test
    void setsLanguageScriptScoreAndSpans() {
        Document out = new LanguageIdentifyStage(LanguageIdentifier.builtIn(), null)
                .apply(doc("Pamaréntah kabupatén rék ngalereskeun jalan nu ruksak.\nThe road will be repaired."));
        assertThat(out.language().lang()).isEqualTo("su");
        assertThat(out.language().script()).isEqualTo("Latn");
        assertThat(out.language().forced()).isFalse();
        assertThat(out.spans()).extracting(LangSpan::lang).containsExactly("su", "en");
    }

    @Test
    void ownScriptsDecideTheLanguageEvenForAFewWords() {
        LanguageIdentifyStage stage = new LanguageIdentifyStage(LanguageIdentifier.builtIn(), null);
        assertThat(stage.apply(doc("ชาวนาเก็บเกี่ยวข้าว")).language().lang()).isEqualTo("th");
        assertThat(stage.apply(doc("ຊາວນາເກັບກ່ຽວເຂົ້າ")).language().lang()).isEqualTo("lo");
        assertThat(stage.apply(doc("កសិករច្រូតស្រូវ")).language().lang()).isEqualTo("km");
        assertThat(stage.apply(doc("လယ်သမားများ စပါးရိတ်သည်")).language().lang()).isEqualTo("my");
        assertThat(stage.apply(doc("விவசாயிகள் நெல் அறுவடை")).language().lang()).isEqualTo("ta");
        assertThat(stage.apply(doc("农民收割水稻")).language().lang()).isEqualTo("zh");
        assertThat(stage.apply(doc("12345 https://example.org 67%")).language().lang()).isEqualTo("und");
    }

    @Test
    void aForcedLanguageWinsButScriptAndSpansAreStillFound() {
        Document out = new LanguageIdentifyStage(LanguageIdentifier.builtIn(), "km")
                .apply(doc("แม่ของฉันไปตลาดทุกเช้า"));
        assertThat(out.language().lang()).isEqualTo("km");
        assertThat(out.language().forced()).isTrue();
        assertThat(out.language().score()).isEqualTo(1.0);
        assertThat(out.language().script()).isEqualTo("Thai");
        assertThat(out.spans()).extracting(LangSpan::lang).containsExactly("th");
    }

    @Test
    void anEmptyDocumentIsUnd() {
        Document out = new LanguageIdentifyStage(LanguageIdentifier.builtIn(), null).apply(doc(""));
        assertThat(out.language().lang()).isEqualTo("und");
        assertThat(out.language().score()).isZero();
        assertThat(out.spans()).isEmpty();
    }
}
