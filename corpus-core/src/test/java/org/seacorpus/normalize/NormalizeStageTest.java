package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;
import org.seacorpus.lang.ScriptAwareNormalizer;

class NormalizeStageTest {
    private final NormalizeStage stage = new NormalizeStage(ScriptAwareNormalizer.forLanguage(null));

    private static Document doc(String text) {
        return Document.extracted(new Origin("mem:test", "", "text/plain", "UTF-8", "", "", Map.of()), text);
    }

    @Test
    void emptyTextPassesThroughWithoutAudit() {
        Document in = doc("");
        assertThat(stage.apply(in)).isSameAs(in);
    }

    @Test
    void cleanTextIsTheSameDocument() {
        Document in = doc("ຊາວກະສິກອນປູກເຂົ້າໜຽວ");
        Document out = stage.apply(in);
        assertThat(out).isSameAs(in);
        assertThat(out.normalization().changed()).isFalse();
    }

    @Test
    void aChangedTextKeepsItsOriginalAndTheRulesThatFired() {
        String original = "ေက်ာင္းသားမ်ား\u00A0စာၾကည့္တိုက္သို႔";
        Document out = stage.apply(doc(original));
        assertThat(out.text()).isEqualTo("ကျောင်းသားများ စာကြည့်တိုက်သို့");
        assertThat(out.normalization().original()).isEqualTo(original);
        assertThat(out.normalization().rules()).containsOnlyKeys("odd-spaces", "zawgyi");
    }
}
