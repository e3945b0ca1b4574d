package org.seacorpus.lang.my;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

class MyanmarScriptIdentifierTest {
    private final MyanmarScriptIdentifier identifier = new MyanmarScriptIdentifier();

    @Test
    void burmeseIsMy() {
        var v = identifier.identify("မြန်မာနိုင်ငံမှာ မိုးရာသီ စတင်ပြီ ဖြစ်တဲ့အတွက် လယ်သမားတွေ စပါးစိုက်ကြတယ်။");
        assertThat(v.lang()).isEqualTo("my");
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.shanOnly()).isZero();
    }

    @Test
    void shanLettersAndTonesMakeShn() {
        var v = identifier.identify("ၵူၼ်းတႆး ၼမ်ၼမ် ယူႇၼႂ်းမိူင်းတႆး လႄႈ ႁဵတ်းၼႃး ၵူႈပီ။");
        assertThat(v.lang()).isEqualTo("shn");
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.shanOnly()).isGreaterThan(10);
    }

    @Test
    void aShanNameInBurmeseTextStaysMy() {
        var v = identifier.identify("ရှမ်းပြည်နယ် တောင်ကြီးမြို့မှာ နေတဲ့ ဦးစိုင်း(ၸၢႆး) က ဆရာဝန် ဖြစ်ပြီး လူနာတွေကို "
                + "နေ့တိုင်း ကုသပေးနေတယ်လို့ သတင်းထောက်တွေကို ပြောပြခဲ့ပါတယ်။");
        assertThat(v.lang()).isEqualTo("my");
    }

    @Test
    void karenAndMonLettersKeepTextOutOfMy() {
        assertThat(identifier.identify("ပှၤကညီ အိၣ်ဆိး လၢ ကီၢ်ပယီၤ.").lang()).isEqualTo("und");
        assertThat(identifier.identify("ဍုၚ်မန် ဂှ် ဒှ်ဍုၚ် ညးမန် ပ္ဍဲ ကၠုၚ်ဇၞး.").lang()).isEqualTo("und");
    }

    @Test
    void zawgyiBurmeseIsMyDespiteItsShanRangeCodePoints() {
        String zawgyi = "ေက်ာင္းသားေတြ စာၾကည့္တိုက္ကို သြားၾကတယ္။";
        // sanity: ICU reads it as Zawgyi and turns it into ordinary Unicode Burmese
        String unicode = Transliterator.getInstance("Zawgyi-my").transliterate(zawgyi);
        assertThat(unicode).contains("ကြည့်");
        assertThat(MyanmarScriptIdentifier.hasVisualOrderVowel(zawgyi)).isTrue();
        assertThat(MyanmarScriptIdentifier.hasVisualOrderVowel(unicode)).isFalse();
        var v = identifier.identify(zawgyi);
        assertThat(v.zawgyi()).isTrue();
        assertThat(v.lang()).isEqualTo("my");
    }

    @Test
    void emptyOrNonMyanmarTextIsUnd() {
        assertThat(identifier.identify("").lang()).isEqualTo("und");
        assertThat(identifier.identify("hello 123").lang()).isEqualTo("und");
    }
}
