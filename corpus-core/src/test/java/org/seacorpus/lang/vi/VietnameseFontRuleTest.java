package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.normalize.RuleCounts;

class VietnameseFontRuleTest {
    private static final String VIET_NAM = "Việt Nam là một quốc gia nằm ở phía đông bán đảo Đông Dương";

    /** TCVN3 (VN3) bytes of {@link #VIET_NAM}, made with glibc iconv's TCVN5712-1 (identical to VN3 for them). */
    private static final byte[] TCVN3_BYTES = bytes("Vi", 0xD6, "t Nam l", 0xB5, " m", 0xE9, "t qu", 0xE8, "c gia n",
            0xBB, "m ", 0xEB, " ph", 0xDD, "a ", 0xAE, 0xAB, "ng b", 0xB8, "n ", 0xAE, 0xB6, "o ", 0xA7, 0xAB,
            "ng D", 0xAD, 0xAC, "ng");

    /** The same sentence in VNI-Windows: base letters followed by diacritic bytes, as windows-1252 shows them. */
    private static final String VNI_READING = "Vieät Nam laø moät quoác gia naèm ôû phía ñoâng baùn ñaûo Ñoâng Döông";

    private static String apply(String text) {
        return VietnameseFontRule.INSTANCE.apply(text, new RuleCounts());
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(apply("")).isEmpty();
        assertThat(VietnameseFontRule.detect("")).isEmpty();
    }

    @Test
    void tcvn3ReadAsWindows1252IsRepaired() {
        String reading = new String(TCVN3_BYTES, Charset.forName("windows-1252"));
        assertThat(reading).startsWith("ViÖt Nam lµ mét quèc gia");
        RuleCounts counts = new RuleCounts();
        assertThat(VietnameseFontRule.INSTANCE.apply(reading, counts)).isEqualTo(VIET_NAM);
        assertThat(counts.asMap()).containsKey("vietnamese-font:x-viet-tcvn3");
    }

    @Test
    void tcvn3TableMatchesTheStandardsSeventyFiveCharacters() {
        int letters = 0;
        for (char c = 0xA1; c <= 0xFF; c++) {
            if (VietnameseFontTables.isTcvn3Letter(c)) {
                letters++;
            }
        }
        // TCVN 5712:1993 VN3 adds 75 characters: NBSP, 7 capitals, 67 lowercase letters
        assertThat(letters).isEqualTo(74);
        assertThat(VietnameseFontTables.tcvn3("ng\u00AD\u00EAi")).isEqualTo("người");
    }

    @Test
    void vniReadAsWindows1252IsRepaired() {
        RuleCounts counts = new RuleCounts();
        assertThat(VietnameseFontRule.INSTANCE.apply(VNI_READING, counts)).isEqualTo(VIET_NAM);
        assertThat(counts.asMap()).containsKey("vietnamese-font:x-viet-vni");
        assertThat(apply("TIEÁNG VIEÄT ÑÖÔÏC")).isEqualTo("TIẾNG VIỆT ĐƯỢC");
    }

    @Test
    void windows1258ReadAsWindows1252IsRepaired() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("..", "sample-data", "vi", "tin-nong-nghiep-cp1258.txt"));
        String reading = new String(bytes, Charset.forName("windows-1252"));
        String repaired = apply(reading);
        String expected = java.text.Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")),
                java.text.Normalizer.Form.NFC);
        assertThat(repaired).isEqualTo(expected).startsWith("Nông dân đồng bằng sông Cửu Long");
    }

    @Test
    void aShortLineIsRepairedWhenItsOneWordIsUnmistakablyVietnamese() {
        assertThat(apply("ViÖt")).isEqualTo("Việt");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Việt Nam là một quốc gia", "Tôi có cá và gà", "có cá", "Hà Nội",
        "Le café de la coopérative agricole à Dalat est très réputé, même à l'étranger.",
        "Die Größe der Mädchen über alles", "El niño y la señora comen piña en España", "São Tomé e Príncipe",
        "© 2025 ® ° ± µ ¶ · ¸", "Ærøskøbing", "ไทย ລາວ", ""})
    void textThatIsNotALegacyEncodingIsLeftAlone(String text) {
        assertThat(apply(text)).isSameAs(text);
        assertThat(VietnameseFontRule.detect(text)).isEqualTo(Optional.empty());
    }

    @Test
    void theDetectionSaysWhichEncodingAndHowConvincingItIs() {
        VietnameseFontRule.Detection detection = VietnameseFontRule.detect(VNI_READING).orElseThrow();
        assertThat(detection.encoding()).isEqualTo(VietnameseFontEncoding.VNI);
        assertThat(detection.after().share()).isEqualTo(1.0);
        assertThat(detection.before().share()).isLessThan(0.5);
    }
}
