package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

class SentenceSplittingTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    private static List<String> sentences(String lang, String text) {
        return SEGMENTERS.forLanguage(lang).sentences(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void burmeseEndsSentencesAtSectionMarkButNotAtItsComma() {
        assertThat(sentences("my", "ကျောင်းသားများ စာသင်နေကြသည်၊ ဆရာက ပြောသည်။ ကျွန်တော် သွားမယ်။"))
                .containsExactly("ကျောင်းသားများ စာသင်နေကြသည်၊ ဆရာက ပြောသည်။", "ကျွန်တော် သွားမယ်။");
    }

    @Test
    void khmerEndsSentencesAtKhan() {
        assertThat(sentences("km", "ខ្ញុំចង់ទៅលេងភ្នំពេញ។ ប្រទេសកម្ពុជាមានប្រជាជនច្រើន។"))
                .containsExactly("ខ្ញុំចង់ទៅលេងភ្នំពេញ។", "ប្រទេសកម្ពុជាមានប្រជាជនច្រើន។");
    }

    @Test
    void thaiEndsSentencesAtSpacesExceptAfterRepetitionMarkOrBeforeAConjunction() {
        assertThat(sentences("th", "ฉันไปโรงพยาบาลเมื่อวานนี้ เพราะปวดหัวมาก เด็กๆ ชอบกินมะม่วง และฉันก็ชอบด้วย "
                + "ราคา 50 บาท"))
                .containsExactly("ฉันไปโรงพยาบาลเมื่อวานนี้ เพราะปวดหัวมาก", "เด็กๆ ชอบกินมะม่วง และฉันก็ชอบด้วย",
                        "ราคา 50 บาท");
    }

    @Test
    void laoEndsSentencesAtSpacesAndFullStops() {
        assertThat(sentences("lo", "ຂ້ອຍຢາກໄປວຽງຈັນ ພວກເຮົາເປັນນັກຮຽນ. ລາວມັກກິນເຂົ້າໜຽວ"))
                .containsExactly("ຂ້ອຍຢາກໄປວຽງຈັນ", "ພວກເຮົາເປັນນັກຮຽນ.", "ລາວມັກກິນເຂົ້າໜຽວ");
    }

    @Test
    void aQuestionMarkInsideAUrlDoesNotEndTheSentence() {
        assertThat(sentences("en", "See https://example.org/find?q=rice for more. Then stop."))
                .containsExactly("See https://example.org/find?q=rice for more.", "Then stop.");
    }

    @Test
    void vietnameseAndSpacedLanguagesUseFullStops() {
        assertThat(sentences("vi", "Tôi là học sinh. Bạn có khỏe không? Có!"))
                .containsExactly("Tôi là học sinh.", "Bạn có khỏe không?", "Có!");
    }
}
