package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
    private final ScriptDetector detector = new ScriptDetector();

    @Test
    void emptyAndLetterlessTextHaveNoScript() {
        assertThat(detector.detect("").dominant()).isEqualTo("Zyyy");
        ScriptDetector.Result numbers = detector.detect("2026-11-29 12:30 +66 (0) 2 123 4567 !!! ...");
        assertThat(numbers.dominant()).isEqualTo("Zyyy");
        assertThat(numbers.letters()).isZero();
    }

    @Test
    void eachOwnScriptIsRecognised() {
        assertThat(detector.detect("ชาวนาเก็บเกี่ยวข้าว").dominant()).isEqualTo("Thai");
        assertThat(detector.detect("ຊາວນາເກັບກ່ຽວເຂົ້າ").dominant()).isEqualTo("Laoo");
        assertThat(detector.detect("កសិករច្រូតស្រូវ").dominant()).isEqualTo("Khmr");
        assertThat(detector.detect("လယ်သမားများ စပါးရိတ်သည်").dominant()).isEqualTo("Mymr");
        assertThat(detector.detect("விவசாயிகள் நெல் அறுவடை").dominant()).isEqualTo("Taml");
        assertThat(detector.detect("农民收割水稻").dominant()).isEqualTo("Hani");
        assertThat(detector.detect("Petani memanen padi").dominant()).isEqualTo("Latn");
    }

    @Test
    void combiningMarksCountForTheirScriptNotAgainstIt() {
        ScriptDetector.Result result = detector.detect("น้ำ");
        assertThat(result.counts()).containsOnlyKeys("Thai");
        assertThat(result.share()).isEqualTo(1.0);
    }

    @Test
    void mixedThaiAndEnglishGiveRunsWithOffsets() {
        String text = "ข่าวเกษตร วันนี้ Rice prices rose today. ราคาข้าวสูงขึ้น";
        ScriptDetector.Result result = detector.detect(text);
        assertThat(result.dominant()).isEqualTo("Thai");
        assertThat(result.runs()).extracting(ScriptDetector.Run::script).containsExactly("Thai", "Latn", "Thai");
        ScriptDetector.Run latin = result.runs().get(1);
        assertThat(text.substring(latin.start(), latin.end())).startsWith("Rice").contains("today");
        assertThat(result.runs().get(0).start()).isZero();
        assertThat(result.runs().get(2).end()).isEqualTo(text.length());
    }
}
